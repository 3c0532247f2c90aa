/**
 * The fade as a picture: ‖∂h_T/∂h_t‖ of the focus example with x = time step t and y = training
 * step (oldest at the top), on a log colour scale (viridis) with its legend in decades. React
 * owns the DOM; geometry from heatmapModel.ts.
 */
import { useMemo } from 'react';
import { formatNumber, useT } from '../../i18n/index.ts';
import { formatSci } from '../shared/logScale.ts';
import { useMeasuredWidth } from '../shared/useMeasuredWidth.ts';
import { heatmapModel } from './heatmapModel.ts';
import type { TraceHistory } from './traceHistory.ts';
import { interpolateViridis } from 'd3-scale-chromatic';

type Props = Readonly<{ history: TraceHistory | null }>;

const MARGIN = { top: 8, right: 12, bottom: 44, left: 64 };
/** Colour stops of the legend bar (viridis sampled evenly). */
const STOPS = Array.from({ length: 11 }, (_, i) => ({ at: i / 10, color: interpolateViridis(i / 10) }));

/** The heatmap with its axes, colour legend and text alternative. */
export function Heatmap({ history }: Props) {
  const { t } = useT();
  const [ref, width] = useMeasuredWidth<HTMLDivElement>(520);
  const rows = useMemo(() => history?.rows ?? [], [history]);
  const height = Math.round(Math.min(320, Math.max(180, width * 0.42)));
  const w = Math.max(20, width - MARGIN.left - MARGIN.right);
  const h = Math.max(20, height - MARGIN.top - MARGIN.bottom);
  const m = useMemo(() => heatmapModel(rows, w, h, (s) => formatNumber(s)), [rows, w, h]);
  const firstRow = rows[0];
  const lastRow = rows[rows.length - 1];
  const summary = firstRow === undefined || lastRow === undefined
    ? t('gradients.heatmap.empty')
    : t('gradients.heatmap.summary', {
      rows: rows.length, from: formatNumber(firstRow.step), to: formatNumber(lastRow.step),
      before: formatSci(firstRow.values[0] ?? NaN), after: formatSci(lastRow.values[0] ?? NaN),
    });
  const gradId = 'gl-heat-legend';
  return (
    <figure className="gl-heat" aria-labelledby="gl-heat-title">
      <h4 id="gl-heat-title" className="gl-h4">{t('gradients.heatmap.title')}</h4>
      <div ref={ref} className="gl-heat__canvas">
        <svg width={width} height={height} role="img" aria-label={summary}>
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            <rect className="gl-heat__bg" width={w} height={h} />
            {m.cells.map((c) => <rect key={c.key} x={c.x} y={c.y} width={c.w} height={c.h} fill={c.fill} />)}
            <g aria-hidden="true">
              {m.yTicks.map((tk) => (
                <text key={`y${tk.pos}`} className="gl-tick" x={-8} y={tk.pos} dy="0.32em" textAnchor="end">{tk.label}</text>
              ))}
              {m.xTicks.map((tk) => (
                <text key={`x${tk.pos}`} className="gl-tick" x={tk.pos} y={h + 16} textAnchor="middle">{tk.label}</text>
              ))}
              <text className="gl-axis-title" x={w / 2} y={h + 38} textAnchor="middle">{t('gradients.axes.t')}</text>
              <text className="gl-axis-title" transform={`translate(${-MARGIN.left + 14},${h / 2}) rotate(-90)`} textAnchor="middle">{t('gradients.heatmap.y')}</text>
            </g>
          </g>
        </svg>
      </div>
      <figcaption className="gl-heat__legend">
        <span className="gl-heat__legend-title">{t('gradients.heatmap.legend')}</span>
        <svg className="gl-heat__bar" width="100%" height="34" aria-hidden="true" preserveAspectRatio="none">
          <defs>
            <linearGradient id={gradId}>
              {STOPS.map((s) => <stop key={s.at} offset={s.at} stopColor={s.color} />)}
            </linearGradient>
          </defs>
          <rect x="0" y="0" width="100%" height="12" fill={`url(#${gradId})`} rx="3" />
          {m.legend.map((l) => (
            <text key={l.label} className="gl-tick" x={`${Math.min(97, Math.max(3, l.at * 100))}%`} y="30" textAnchor="middle">{l.label}</text>
          ))}
        </svg>
        <span className="visually-hidden">{summary}</span>
      </figcaption>
      {rows.length > 0 && (
        <table className="visually-hidden">
          <caption>{t('gradients.heatmap.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gradients.heatmap.y')}</th>
              <th scope="col">{t('gradients.heatmap.atFirst')}</th>
              <th scope="col">{t('gradients.heatmap.atMiddle')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.step}>
                <td>{formatNumber(r.step)}</td>
                <td>{formatSci(r.values[0] ?? NaN)}</td>
                <td>{formatSci(r.values[Math.floor(r.values.length / 2)] ?? NaN)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
