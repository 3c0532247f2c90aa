/**
 * "Try your own input": a field checked as the task encodes its samples. A bad entry gets an
 * inline message naming what is allowed and the text stays as typed.
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useT } from '../../i18n/index.ts';
import type { TryKind } from './demos.ts';
import { REVERSE_LENGTHS } from './demos.ts';
import { allowedFor, parseTry } from './tryInput.ts';
import type { TryResult } from './tryInput.ts';

type Fault = Extract<TryResult, { ok: false }>;
type Props = Readonly<{ kind: TryKind; ready: boolean; onRun: (r: Extract<TryResult, { ok: true }>) => void }>;

export function TryInput({ kind, ready, onRun }: Props) {
  const { t } = useT();
  const id = useId();
  const [text, setText] = useState('');
  const [fault, setFault] = useState<Fault | null>(null);
  const [waiting, setWaiting] = useState(false);
  const allowed = allowedFor(kind).join(' ');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const r = parseTry(kind, text);
    if (!r.ok) {
      setFault(r);
      return;
    }
    setFault(null);
    setWaiting(!ready);
    if (ready) onRun(r);
  };
  const hint = t(`architectures.try.${kind}.hint`, { allowed, min: REVERSE_LENGTHS.minLength, max: REVERSE_LENGTHS.maxLength });
  return (
    <form className="arch-try" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>{t('architectures.try.title')}</h3>
      <label htmlFor={`${id}-field`}>{t(`architectures.try.${kind}.label`)}</label>
      <div className="row gap-s">
        <input
          id={`${id}-field`}
          className="input"
          value={text}
          placeholder={t(`architectures.try.${kind}.placeholder`)}
          onChange={(e) => setText(e.target.value)}
          aria-invalid={fault !== null}
          aria-describedby={`${id}-hint${fault ? ` ${id}-error` : ''}`}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
        />
        <button type="submit" className="btn btn--primary">{t('architectures.try.run')}</button>
      </div>
      <p id={`${id}-hint`} className="muted small">{hint}</p>
      {fault && (
        <p id={`${id}-error`} className="arch-try__error" role="alert">
          {t(fault.key as 'architectures.try.errors.empty', fault.params)}
          {fault.allowed.length > 0 && <> {t('architectures.try.allowed', { allowed: fault.allowed.join(' ') })}</>}
        </p>
      )}
      {waiting && !ready && <p className="muted small" role="status">{t('architectures.try.waiting')}</p>}
    </form>
  );
}
