import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/index.ts';
import { useAppStore } from '../../state/index.ts';
import { formatCount, formatLoss } from './format.ts';

/** While training, the sentence is re-announced at most this often; screen readers would drown otherwise. */
const ANNOUNCE_MS = 1500;

/**
 * The run in one sentence, in a polite live region named "Training status". The data attributes
 * (`data-status`, `data-step`, exact `data-loss`, `data-frame`) change every frame; the sentence
 * changes at once on pause, step, reset and divergence, and every ANNOUNCE_MS while training.
 */
export function StatusLine() {
  const { t } = useT();
  const r = useAppStore(
    useShallow((s) => ({
      status: s.run.status,
      ready: s.run.ready,
      pausing: s.run.pausing,
      step: s.run.step,
      loss: s.run.loss,
      target: s.run.replayTarget,
      frame: s.snapshot.frame,
    })),
  );
  const params = { step: formatCount(r.step), loss: r.loss === null ? t('training.status.noLoss') : formatLoss(r.loss), target: formatCount(r.target ?? 0) };
  const text = !r.ready && r.status !== 'error' ? t('training.status.loading') : r.pausing ? t('training.status.pausing') : t(`training.status.${r.status}`, params);
  const [shown, setShown] = useState(text);
  const shownAt = useRef(0);
  useEffect(() => {
    const now = performance.now();
    if ((r.status !== 'running' && r.status !== 'replaying') || now - shownAt.current >= ANNOUNCE_MS) {
      shownAt.current = now;
      setShown(text);
    }
  }, [text, r.status]);
  return (
    <div className="status-line">
      <p
        role="status"
        aria-live="polite"
        aria-atomic="true"
        aria-label={t('training.status.label')}
        className={`status-line__text status-line__text--${r.status}`}
        data-status={r.status}
        data-step={r.step}
        data-loss={r.loss === null ? '' : String(r.loss)}
        data-frame={r.frame}
      >
        {shown}
      </p>
      {r.status === 'replaying' && r.target !== null && <progress className="status-line__progress" max={r.target} value={r.step} aria-hidden="true" />}
    </div>
  );
}
