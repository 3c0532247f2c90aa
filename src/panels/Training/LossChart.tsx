/**
 * The loss curve: full-data training loss (and held-out loss) against the optimizer step, on a
 * linear or log axis. React owns the DOM; d3 computes the scales and paths (lossChartModel.ts).
 */
import { useMemo, useState } from 'react';
import { useT } from '../../i18n/index.ts';
import { useAppStore } from '../../state/index.ts';
import { Axes } from './Axes.tsx';
import { chartBox } from './chartFrame.ts';
import { formatCount, formatLoss } from './format.ts';
import { lossChartModel } from './lossChartModel.ts';
import type { LossScale } from './lossChartModel.ts';
import { useElementWidth } from './useElementWidth.ts';

/** The loss chart with its scale toggle, legend and text summary. */
export function LossChart() {
  const { t } = useT();
  const history = useAppStore((s) => s.history);
  const classes = useAppStore((s) => s.snapshot.dataset?.targetKind === 'classes');
  const [scale, setScale] = useState<LossScale>('log');
  const [ref, width] = useElementWidth<HTMLDivElement>(560);
  const height = Math.round(Math.min(300, Math.max(200, width * 0.5)));
  const box = useMemo(() => chartBox(width, height), [width, height]);
  const model = useMemo(() => lossChartModel(history, box, scale), [history, box, scale]);
  const hasHeldOut = history.heldOut.some(Number.isFinite);
  const n = history.step.length;
  const summary =
    n === 0
      ? t('training.loss.empty')
      : t('training.loss.summary', {
          first: formatLoss(history.loss[0] ?? null),
          firstStep: formatCount(history.step[0] ?? 0),
          last: formatLoss(history.loss[n - 1] ?? null),
          lastStep: formatCount(history.step[n - 1] ?? 0),
          points: n,
        });
  return (
    <figure className="chart chart--loss" aria-labelledby="loss-title">
      <div className="chart__head">
        <h3 id="loss-title" className="chart__heading">
          {t('training.loss.title')}
        </h3>
        <div role="group" aria-label={t('training.loss.scale')} className="segmented">
          {(['linear', 'log'] as const).map((s) => (
            <button key={s} type="button" className="segmented__item" aria-pressed={scale === s} onClick={() => setScale(s)}>
              {t(`training.loss.${s}`)}
            </button>
          ))}
        </div>
      </div>
      <div ref={ref} className="chart__canvas">
        <svg width={box.width} height={box.height} role="img" aria-label={summary}>
          <g transform={`translate(${box.left},${box.top})`}>
            <Axes box={box} xTicks={model.xTicks} yTicks={model.yTicks} xTitle={t('training.loss.xAxis')} yTitle={t(classes ? 'training.loss.yAxisCe' : 'training.loss.yAxisMse')} />
            {model.heldOut && <path className="series series--heldout" d={model.heldOut} />}
            {model.train && <path className="series series--loss" d={model.train} />}
            {model.last && <circle className="series__dot series__dot--loss" cx={model.last.x} cy={model.last.y} r={3.5} />}
          </g>
        </svg>
      </div>
      <figcaption className="chart__legend">
        <span className="legend__item">
          <span className="legend__swatch legend__swatch--loss" aria-hidden="true" />
          {t('training.loss.train')}
        </span>
        {hasHeldOut && (
          <span className="legend__item">
            <span className="legend__swatch legend__swatch--heldout" aria-hidden="true" />
            {t('training.loss.heldOut')}
          </span>
        )}
        <span className="visually-hidden">{summary}</span>
      </figcaption>
    </figure>
  );
}
