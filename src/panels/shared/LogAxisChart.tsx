/**
 * A line chart with a log (or linear) y axis: axis titles, a legend naming every line and
 * reference line, and a text alternative (the SVG's accessible name, and optionally a visually
 * hidden data table). React owns the DOM; d3 computes the geometry (lineChartModel.ts).
 *
 * Shared by the Gradients panel's charts; any panel that plots something spanning orders of
 * magnitude (a gradient, a loss) can use it.
 */
import { useId, useMemo } from 'react';
import type { ReactNode } from 'react';
import { lineChartModel } from './lineChartModel.ts';
import type { ChartSeries, LineChartModel, RefLine } from './lineChartModel.ts';
import { useMeasuredWidth } from './useMeasuredWidth.ts';
import './LogAxisChart.css';

export type { ChartSeries, RefLine } from './lineChartModel.ts';

/** A visually hidden table for screen readers: the chart's numbers as rows. */
export type ChartTable = Readonly<{ caption: string; columns: readonly string[]; rows: readonly (readonly string[])[] }>;

type Props = Readonly<{
  /** the chart's heading */
  title: string;
  /** heading level inside the panel's outline */
  level?: 3 | 4;
  series: readonly ChartSeries[];
  refLines?: readonly RefLine[];
  /** axis titles, with units */
  xLabel: string;
  yLabel: string;
  yScale?: 'log' | 'linear';
  xDomain?: readonly [number, number];
  yDomain?: readonly [number, number];
  xTickFormat?: (v: number) => string;
  yTickFormat?: (v: number) => string;
  /** one or two sentences saying what the chart shows now: the SVG's text alternative */
  summary: string;
  table?: ChartTable;
  /** plot height as a share of the width, clamped to [minHeight, maxHeight] px */
  aspect?: number;
  minHeight?: number;
  maxHeight?: number;
  /** extra SVG drawn on top of the plot area, in its coordinates */
  overlay?: (m: LineChartModel) => ReactNode;
  className?: string;
}>;

/** The chart (see the file comment). */
export function LogAxisChart(props: Props) {
  const { title, level = 4, series, refLines = [], xLabel, yLabel, summary, table } = props;
  const [ref, width] = useMeasuredWidth<HTMLDivElement>(520);
  const height = Math.round(Math.min(props.maxHeight ?? 300, Math.max(props.minHeight ?? 190, width * (props.aspect ?? 0.5))));
  const { yScale = 'log', xDomain, yDomain, xTickFormat, yTickFormat } = props;
  const m = useMemo(
    () => lineChartModel({
      series, refLines, yScale,
      ...(xDomain ? { xDomain } : {}), ...(yDomain ? { yDomain } : {}),
      ...(xTickFormat ? { xTickFormat } : {}), ...(yTickFormat ? { yTickFormat } : {}),
    }, width, height),
    [series, refLines, yScale, xDomain, yDomain, xTickFormat, yTickFormat, width, height],
  );
  const id = useId();
  const H = level === 3 ? 'h3' : 'h4';
  const color = new Map(series.map((s) => [s.id, s]));
  return (
    <figure className={`lac ${props.className ?? ''}`} aria-labelledby={`${id}-t`}>
      <H id={`${id}-t`} className="lac__title">{title}</H>
      <div ref={ref} className="lac__canvas">
        <svg width={m.width} height={m.height} role="img" aria-label={summary}>
          <g transform={`translate(${m.margin.left},${m.margin.top})`}>
            <g className="lac__axes" aria-hidden="true">
              {m.yTicks.map((t) => (
                <g key={`y${t.value}`} transform={`translate(0,${t.pos})`}>
                  <line className="lac__grid" x2={m.w} />
                  <text className="lac__tick" x={-8} dy="0.32em" textAnchor="end">{t.label}</text>
                </g>
              ))}
              {m.xTicks.map((t) => (
                <g key={`x${t.value}`} transform={`translate(${t.pos},${m.h})`}>
                  <line className="lac__tickmark" y2={5} />
                  <text className="lac__tick" y={18} textAnchor="middle">{t.label}</text>
                </g>
              ))}
              <line className="lac__axis" y1={m.h} x2={m.w} y2={m.h} />
              <line className="lac__axis" y2={m.h} />
              <text className="lac__axis-title" x={m.w / 2} y={m.h + m.margin.bottom - 6} textAnchor="middle">{xLabel}</text>
              <text className="lac__axis-title" transform={`translate(${-m.margin.left + 14},${m.h / 2}) rotate(-90)`} textAnchor="middle">{yLabel}</text>
            </g>
            {m.refs.map((r) => {
              const def = refLines.find((x) => x.id === r.id);
              return <line key={r.id} className="lac__ref" x2={m.w} y1={r.pos} y2={r.pos} style={{ stroke: def?.color }} />;
            })}
            {m.paths.map((p) => {
              const s = color.get(p.id);
              const cls = `lac__line${s?.dash ? ` lac__line--${s.dash}` : ''}${s?.faded ? ' lac__line--faded' : ''}`;
              return (
                <g key={p.id} style={{ color: s?.color }}>
                  <path className={cls} d={p.d} />
                  {p.dots.map(([cx, cy], i) => <circle key={i} className="lac__dot" cx={cx} cy={cy} r={3} />)}
                </g>
              );
            })}
            {props.overlay?.(m)}
          </g>
        </svg>
      </div>
      <figcaption className="lac__legend">
        {series.map((s) => (
          <span key={s.id} className="lac__key">
            <svg className="lac__swatch" width="26" height="10" aria-hidden="true" style={{ color: s.color }}>
              <line x1="1" x2="25" y1="5" y2="5" className={`lac__line${s.dash ? ` lac__line--${s.dash}` : ''}${s.faded ? ' lac__line--faded' : ''}`} />
            </svg>
            {s.label}
          </span>
        ))}
        {refLines.map((r) => (
          <span key={r.id} className="lac__key">
            <svg className="lac__swatch" width="26" height="10" aria-hidden="true">
              <line x1="1" x2="25" y1="5" y2="5" className="lac__ref" style={{ stroke: r.color }} />
            </svg>
            {r.label}
          </span>
        ))}
        <span className="visually-hidden">{summary}</span>
      </figcaption>
      {table && (
        <table className="visually-hidden">
          <caption>{table.caption}</caption>
          <thead>
            <tr>{table.columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i}>{r.map((c, j) => <td key={j}>{c}</td>)}</tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
