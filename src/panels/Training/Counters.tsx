import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/index.ts';
import { useAppStore } from '../../state/index.ts';
import { formatCount, formatEpoch, formatLoss } from './format.ts';

/** Step, epoch, loss, held-out loss and speed, refreshed every frame (not a live region: the status line speaks). */
export function Counters() {
  const { t } = useT();
  const r = useAppStore(
    useShallow((s) => ({
      step: s.run.step,
      epoch: s.run.epoch,
      loss: s.run.loss,
      heldOut: s.run.heldOutLoss,
      speed: s.run.stepsPerSec,
      trainCount: s.snapshot.dataset?.train.length ?? 0,
    })),
  );
  const items: [string, string, string?][] = [
    [t('training.counters.step'), formatCount(r.step)],
    [t('training.counters.epoch'), formatEpoch(r.epoch)],
    [t('training.counters.loss'), formatLoss(r.loss), t('training.counters.lossAt', { count: r.trainCount })],
    ...(r.heldOut === null ? [] : [[t('training.counters.heldOut'), formatLoss(r.heldOut)] as [string, string]]),
    [t('training.counters.speed'), formatCount(r.speed)],
  ];
  return (
    <dl className="counters" aria-label={t('training.counters.label')}>
      {items.map(([label, value, hint]) => (
        <div key={label} className="counters__item" title={hint}>
          <dt>{label}</dt>
          <dd className="num">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
