/**
 * Train / pause from inside the Unrolled panel, with the step count, so a student can watch the
 * picture and the equations change as the model learns without switching panels. Store-connected;
 * React owns the DOM.
 */
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/index.ts';
import { useAppStore } from '../../state/index.ts';

/** The toggle and the step counter. */
export function RunToggle() {
  const { t } = useT();
  const { status, ready, step, pausing, train, pause } = useAppStore(
    useShallow((s) => ({ status: s.run.status, ready: s.run.ready, step: s.run.step, pausing: s.run.pausing, train: s.train, pause: s.pause })),
  );
  const running = status === 'running' || status === 'replaying';
  const stopped = status === 'diverged' || status === 'error';
  return (
    <span className="unrolled__run">
      <button
        type="button"
        className="btn btn--small"
        aria-pressed={running}
        disabled={!ready || stopped || pausing}
        onClick={running ? pause : train}
      >
        {running ? t('unrolled.run.pause') : t('unrolled.run.train')}
      </button>
      <span className="unrolled__step">{t('unrolled.run.step', { step })}</span>
    </span>
  );
}
