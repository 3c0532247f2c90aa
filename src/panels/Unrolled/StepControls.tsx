/**
 * The step-through controls: back to the start, previous, play/pause, next; which pass is shown
 * (forward, backward); unrolled ↔ rolled; and a live status line saying where the cursor is.
 * React owns the DOM.
 */
import { useT } from '../../i18n/index.ts';
import { positionOf } from '../Equations/cursor.ts';
import type { Stepper } from './useStepper.ts';

type Props = Readonly<{
  stepper: Stepper;
  T: number;
  folded: boolean;
  onFold: (folded: boolean) => void;
}>;

/**
 * The control bar. The step buttons are `aria-disabled` at the ends instead of `disabled`, so a
 * keyboard user who presses → up to the last step keeps focus on the button (a disabled button
 * drops it) and ← still works from there.
 */
export function StepControls({ stepper, T, folded, onFold }: Props) {
  const { t } = useT();
  const { cursor, position, playing } = stepper;
  const last = 2 * T;
  return (
    <div className="unrolled__controls">
      <div className="unrolled__buttons" role="group" aria-label={t('unrolled.controls.label')}>
        <button type="button" className="btn btn--small" onClick={() => stepper.go(0)} aria-disabled={position === 0} aria-label={t('unrolled.controls.restart')}>
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" className="unrolled__icon">
            <path d="M1 1h2v10H1zM11 1v10L4 6z" />
          </svg>
        </button>
        <button type="button" className="btn btn--small" onClick={stepper.prev} aria-disabled={position === 0} aria-label={t('unrolled.controls.prev')} aria-keyshortcuts="ArrowLeft">
          <span aria-hidden="true">◀</span>
        </button>
        <button
          type="button"
          className="btn btn--small btn--primary unrolled__play"
          onClick={stepper.togglePlay}
          aria-label={playing ? t('unrolled.controls.pause') : t('unrolled.controls.play')}
          aria-keyshortcuts="Space"
        >
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" className="unrolled__icon">
            {playing ? <path d="M2 1h3v10H2zM7 1h3v10H7z" /> : <path d="M2 1l9 5-9 5z" />}
          </svg>
          <span className="segmented__label" aria-hidden="true">
            {playing ? t('unrolled.controls.pause') : t('unrolled.controls.play')}
          </span>
        </button>
        <button type="button" className="btn btn--small" onClick={stepper.next} aria-disabled={position === last} aria-label={t('unrolled.controls.next')} aria-keyshortcuts="ArrowRight">
          <span aria-hidden="true">▶</span>
        </button>
      </div>
      <div className="segmented" role="group" aria-label={t('unrolled.controls.pass')}>
        <button type="button" className="segmented__item" aria-pressed={cursor.phase !== 'backward'} onClick={() => stepper.go(positionOf({ phase: 'forward', t: 1 }, T))}>
          {t('unrolled.controls.forward')}
        </button>
        <button type="button" className="segmented__item" aria-pressed={cursor.phase === 'backward'} onClick={() => stepper.go(positionOf({ phase: 'backward', t: T }, T))}>
          {t('unrolled.controls.backward')}
        </button>
      </div>
      <button type="button" className="btn btn--small" aria-pressed={folded} onClick={() => onFold(!folded)}>
        {folded ? t('unrolled.controls.unfold') : t('unrolled.controls.fold')}
      </button>
    </div>
  );
}

/** Where the cursor is, in words (announced politely to screen readers). */
export function StepStatus({ stepper, T }: Readonly<{ stepper: Stepper; T: number }>) {
  const { t } = useT();
  const c = stepper.cursor;
  const text = c.phase === 'initial' ? t('unrolled.status.initial') : t(`unrolled.status.${c.phase}`, { t: c.t, T });
  return (
    <p className={`unrolled__status unrolled__status--${c.phase}`} role="status">
      {text}
      <span className="unrolled__keys"> · {t('unrolled.controls.keys')}</span>
    </p>
  );
}
