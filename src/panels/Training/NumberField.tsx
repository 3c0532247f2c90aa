import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useT } from '../../i18n/index.ts';
import { formatParam } from './format.ts';

type Props = Readonly<{
  label: string;
  value: number;
  min: number;
  max: number;
  integer: boolean;
  /** applies a valid value; returns false when the store refused it */
  onCommit: (value: number) => boolean;
  /** this field starts a new run when changed */
  restarts?: boolean;
  disabled?: boolean;
  /** shown instead of the range when disabled */
  disabledNote?: string;
}>;

/**
 * A labelled number input with its range. The value is applied on Enter or when focus leaves;
 * anything not a number or outside [min, max] is refused with a message naming the range, and
 * the run is left exactly as it was.
 */
export function NumberField({ label, value, min, max, integer, onCommit, restarts = false, disabled = false, disabledNote }: Props) {
  const { t } = useT();
  const id = useId();
  const [draft, setDraft] = useState(formatParam(value));
  const [error, setError] = useState<string | null>(null);
  // A new value from outside (a link, a preset, a refused change) replaces the draft.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    setDraft(formatParam(value));
    setError(null);
  }

  const commit = (): void => {
    const raw = draft.trim();
    const x = raw === '' ? NaN : Number(raw);
    const range = { min: formatParam(min), max: formatParam(max), value: raw };
    if (!Number.isFinite(x)) return setError(t('training.settings.notNumber'));
    if (integer && !Number.isInteger(x)) return setError(t('training.settings.notInteger', range));
    if (x < min || x > max) return setError(t('training.settings.outOfRange', range));
    setError(null);
    if (x !== value && !onCommit(x)) setError(t('training.settings.outOfRange', range));
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') {
      setDraft(formatParam(value));
      setError(null);
    }
  };
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
        {restarts && (
          <span className="field__restarts" title={t('training.settings.restarts')} aria-label={t('training.settings.restarts')}>
            ↺
          </span>
        )}
      </label>
      <input
        id={id}
        className="field__input num"
        type="number"
        min={min}
        max={max}
        step={integer ? 1 : 'any'}
        inputMode={integer ? 'numeric' : 'decimal'}
        value={draft}
        disabled={disabled}
        aria-invalid={error !== null}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKey}
      />
      <span id={`${id}-hint`} className={error ? 'field__error' : 'field__hint'} role={error ? 'alert' : undefined}>
        {error ?? (disabled && disabledNote ? disabledNote : t('training.settings.range', { min: formatParam(min), max: formatParam(max) }))}
      </span>
    </div>
  );
}
