/**
 * The step-through: ◀ ▶ buttons and keys (← → Space) move the highlighted time step; a polite live
 * region says what happens at that step with the model's actual values.
 */
import type { KeyboardEvent, ReactNode } from 'react';
import { useT } from '../../i18n/index.ts';
import type { Column } from './diagramModel.ts';

type Props = Readonly<{ t: number; T: number; column: Column | undefined; rows: number; setT: (t: number) => void; children: ReactNode }>;

const pct = (p: number) => `${(p * 100).toFixed(p > 0.995 || p < 0.005 ? 0 : 1)}%`;

export function StepThrough({ t, T, column, rows, setT, children }: Props) {
  const { t: tr } = useT();
  const go = (next: number) => setT(Math.max(0, Math.min(T - 1, next)));
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'ArrowRight' || e.key === ' ') go(t === T - 1 && e.key === ' ' ? 0 : t + 1);
    else if (e.key === 'ArrowLeft') go(t - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(T - 1);
    else return;
    e.preventDefault();
  };
  const out = column?.output;
  return (
    <div className="arch-step">
      <div className="arch-step__bar">
        <div className="row gap-s" role="group" aria-label={tr('architectures.step.label')}>
          <button type="button" className="btn" onClick={() => go(0)} disabled={t === 0} aria-label={tr('architectures.step.first')}>«</button>
          <button type="button" className="btn" onClick={() => go(t - 1)} disabled={t === 0} aria-label={tr('architectures.step.prev')}>◀</button>
          <button type="button" className="btn" onClick={() => go(t + 1)} disabled={t >= T - 1} aria-label={tr('architectures.step.next')}>▶</button>
        </div>
        <span className="arch-step__pos">{tr('architectures.step.position', { t: t + 1, T })}</span>
        <span className="muted small">{tr('architectures.step.keys')}</span>
      </div>
      <div className="arch-step__figure" tabIndex={0} onKeyDown={onKey} aria-label={tr('architectures.step.keys')} role="group">
        {children}
      </div>
      <p className="arch-step__readout" role="status" aria-live="polite" data-t={t}>
        <strong>t = {t + 1}</strong>
        {' · '}
        {column?.input != null ? tr('architectures.step.reads', { symbol: `“${column.input}”` }) : tr('architectures.step.readsNothing')}
        {' · '}
        {rows > 1 ? tr('architectures.step.updatesRows', { t: t + 1, n: rows }) : tr('architectures.step.updates', { states: `h${t + 1}` })}
        {' · '}
        {out == null
          ? tr('architectures.step.emitsNothing')
          : out.prob !== null
            ? tr('architectures.step.emitsProb', { label: `“${out.label}”`, percent: pct(out.prob) })
            : tr('architectures.step.emits', { label: out.label })}
        {out?.target != null && <span className="muted"> ({tr('architectures.step.target', { target: out.target })})</span>}
      </p>
    </div>
  );
}
