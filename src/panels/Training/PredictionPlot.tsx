/**
 * The lecture's picture: the noisy sine the windows are cut from, the true sine, and the model's
 * prediction for the point after every window. React owns the DOM; d3 computes scales and paths
 * (predictionModel.ts). Tasks without a series get a table of samples instead (SampleTable).
 */
import { useId, useMemo } from 'react';
import { useT } from '../../i18n/index.ts';
import { useAppStore } from '../../state/index.ts';
import type { SeriesData } from '../../worker/protocol.ts';
import { Axes } from './Axes.tsx';
import { chartBox, inner } from './chartFrame.ts';
import { formatCount, formatLoss } from './format.ts';
import { predictionFit, predictionModel } from './predictionModel.ts';
import { SampleTable } from './SampleTable.tsx';
import { useElementWidth } from './useElementWidth.ts';

type Props = Readonly<{ compact?: boolean }>;

/** The prediction-vs-target figure of the current run. */
export function PredictionPlot({ compact = false }: Props) {
  const dataset = useAppStore((s) => s.snapshot.dataset);
  if (dataset === null) return <div className="chart chart--placeholder skeleton" aria-hidden="true" />;
  if (dataset.series === null) return <SampleTable />;
  return <SeriesPlot series={dataset.series} heldOut={dataset.heldOut} window={dataset.T} compact={compact} />;
}

function SeriesPlot({ series, heldOut, window, compact }: Readonly<{ series: SeriesData; heldOut: Int32Array; window: number; compact: boolean }>) {
  const { t } = useT();
  const ev = useAppStore((s) => s.snapshot.eval);
  const clipId = useId();
  const [ref, width] = useElementWidth<HTMLDivElement>(560);
  const height = Math.round(Math.min(compact ? 260 : 340, Math.max(190, width * (compact ? 0.5 : 0.55))));
  const box = useMemo(() => chartBox(width, height, compact), [width, height, compact]);
  const outputs = ev?.outputs ?? null;
  const model = useMemo(() => predictionModel(series, outputs, heldOut, box), [series, outputs, heldOut, box]);
  const fit = outputs ? predictionFit(series, outputs) : null;
  const step = formatCount(ev?.step ?? 0);
  const summary = fit
    ? t('training.prediction.summary', { count: fit.count, step, mse: formatLoss(fit.mse), gap: formatLoss(fit.gap) })
    : t('training.prediction.waiting');
  const { w, h } = inner(box);
  return (
    <figure className={compact ? 'chart chart--prediction chart--compact' : 'chart chart--prediction'} aria-labelledby={`${clipId}-title`}>
      <h3 id={`${clipId}-title`} className={compact ? 'visually-hidden' : 'chart__heading'}>
        {t('training.prediction.title')}
      </h3>
      <div ref={ref} className="chart__canvas">
        <svg width={box.width} height={box.height} role="img" aria-label={summary}>
          <defs>
            <clipPath id={clipId}>
              <rect width={w} height={h} />
            </clipPath>
          </defs>
          <g transform={`translate(${box.left},${box.top})`}>
            <Axes box={box} xTicks={model.xTicks} yTicks={model.yTicks} xTitle={t('training.prediction.xAxis')} yTitle={t('training.prediction.yAxis')} compact={compact} />
            {model.heldOut && <rect className="chart__heldout" x={model.heldOut.x0} width={model.heldOut.x1 - model.heldOut.x0} height={h} />}
            <g clipPath={`url(#${clipId})`}>
              <g className="series series--data">
                {model.data.map(([cx, cy], i) => (
                  <circle key={i} cx={cx} cy={cy} r={compact ? 2.2 : 2.6} />
                ))}
              </g>
              {model.truth && <path className="series series--truth" d={model.truth} />}
              {model.prediction && <path className="series series--pred" d={model.prediction} />}
              <g className="series series--pred-dots">
                {model.points.map(([cx, cy], i) => (
                  <circle key={i} cx={cx} cy={cy} r={compact ? 2 : 2.4} />
                ))}
              </g>
            </g>
          </g>
        </svg>
      </div>
      <figcaption className="chart__legend">
        <span className="legend__item">
          <span className="legend__swatch legend__swatch--data" aria-hidden="true" />
          {t('training.prediction.noisy')}
        </span>
        <span className="legend__item">
          <span className="legend__swatch legend__swatch--pred" aria-hidden="true" />
          {t('training.prediction.prediction')}
        </span>
        {series.clean && (
          <span className="legend__item">
            <span className="legend__swatch legend__swatch--truth" aria-hidden="true" />
            {t('training.prediction.truth')}
          </span>
        )}
        {model.heldOut && (
          <span className="legend__item">
            <span className="legend__swatch legend__swatch--heldout-area" aria-hidden="true" />
            {t('training.prediction.heldOut')}
          </span>
        )}
        {!compact && <span className="chart__note">{t('training.prediction.caption', { window, step })}</span>}
        <span className="visually-hidden">{summary}</span>
      </figcaption>
    </figure>
  );
}
