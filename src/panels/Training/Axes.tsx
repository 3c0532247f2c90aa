import type { ChartBox, Tick } from './chartFrame.ts';
import { inner } from './chartFrame.ts';

type Props = Readonly<{
  box: ChartBox;
  xTicks: readonly Tick[];
  yTicks: readonly Tick[];
  xTitle: string;
  yTitle: string;
  /** hide the axis titles (compact charts) */
  compact?: boolean;
}>;

/** Grid lines, tick labels and axis titles of a chart, drawn in the plot area's coordinates. */
export function Axes({ box, xTicks, yTicks, xTitle, yTitle, compact = false }: Props) {
  const { w, h } = inner(box);
  return (
    <g className="chart__axes" aria-hidden="true">
      {yTicks.map((t) => (
        <g key={`y${t.value}`} transform={`translate(0,${t.pos})`}>
          <line className="chart__grid" x2={w} />
          <text className="chart__tick" x={-8} dy="0.32em" textAnchor="end">
            {t.label}
          </text>
        </g>
      ))}
      {xTicks.map((t) => (
        <g key={`x${t.value}`} transform={`translate(${t.pos},${h})`}>
          <line className="chart__tickmark" y2={5} />
          <text className="chart__tick" y={18} textAnchor="middle">
            {t.label}
          </text>
        </g>
      ))}
      <line className="chart__axis" y1={h} x2={w} y2={h} />
      {!compact && (
        <>
          <text className="chart__title" x={w / 2} y={h + 38} textAnchor="middle">
            {xTitle}
          </text>
          <text className="chart__title" transform={`translate(${-box.left + 14},${h / 2}) rotate(-90)`} textAnchor="middle">
            {yTitle}
          </text>
        </>
      )}
    </g>
  );
}
