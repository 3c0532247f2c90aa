import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/index.ts';
import { useAppStore } from '../../state/index.ts';
import { Icon } from './Icon.tsx';

/** Train / Pause / Step / Reset. Each is enabled only when the worker can do it now. */
export function RunControls() {
  const { t } = useT();
  const { status, ready, pausing } = useAppStore(useShallow((s) => ({ status: s.run.status, ready: s.run.ready, pausing: s.run.pausing })));
  const actions = useAppStore(useShallow((s) => ({ train: s.train, pause: s.pause, step: s.step, reset: s.reset })));
  const busy = status === 'running' || status === 'replaying';
  const stopped = status === 'diverged' || status === 'error';
  return (
    <div role="group" aria-label={t('training.controls.label')} className="run-controls">
      <button type="button" className="btn btn--primary run-controls__train" disabled={!ready || busy || stopped} onClick={actions.train}>
        <Icon name="play" />
        {t('training.controls.train')}
      </button>
      <button type="button" className="btn" disabled={!busy || pausing} onClick={actions.pause}>
        <Icon name="pause" />
        {t('training.controls.pause')}
      </button>
      <button type="button" className="btn" disabled={!ready || busy || stopped} onClick={actions.step} title={t('training.controls.stepHint')}>
        <Icon name="step" />
        {t('training.controls.step')}
      </button>
      <button type="button" className="btn" disabled={!ready && status !== 'error'} onClick={actions.reset} title={t('training.controls.resetHint')}>
        <Icon name="reset" />
        {t('training.controls.reset')}
      </button>
    </div>
  );
}
