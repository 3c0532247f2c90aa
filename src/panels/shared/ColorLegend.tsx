/**
 * The legend of a diverging colour scale: a gradient bar from −max to +max with three ticks and a
 * title. React owns the SVG; the gradient stops are sampled from the same interpolator the chart
 * uses, so legend and chart cannot disagree.
 */
import { useId } from 'react';
import { divergingInterpolator } from './diverging.ts';
import './ColorLegend.css';

type Props = Readonly<{
  /** the symmetric bound: the bar runs from −max to +max */
  max: number;
  /** what the colours are, e.g. "h value" */
  title: string;
  /** formats the tick labels */
  format: (v: number) => string;
  width?: number;
}>;

const STOPS = 11;

/** A horizontal colour bar with −max, 0 and +max. */
export function ColorLegend({ max, title, format, width = 168 }: Props) {
  const id = useId().replace(/:/g, '');
  const barH = 10;
  const pad = 14;
  const w = width - 2 * pad;
  return (
    <svg className="color-legend" width={width} height={42} role="img" aria-label={`${title}: ${format(-max)} … ${format(max)}`}>
      <defs>
        <linearGradient id={`lg-${id}`} x1="0" x2="1" y1="0" y2="0">
          {Array.from({ length: STOPS }, (_, i) => (
            <stop key={i} offset={i / (STOPS - 1)} stopColor={divergingInterpolator(i / (STOPS - 1))} />
          ))}
        </linearGradient>
      </defs>
      <text x={pad} y={11} className="color-legend__title">
        {title}
      </text>
      <rect x={pad} y={16} width={w} height={barH} rx={2} fill={`url(#lg-${id})`} className="color-legend__bar" />
      {[-max, 0, max].map((v, i) => (
        <text key={i} x={pad + (i * w) / 2} y={38} textAnchor={i === 0 ? 'start' : i === 2 ? 'end' : 'middle'} className="color-legend__tick">
          {format(v)}
        </text>
      ))}
    </svg>
  );
}
