/**
 * Data → geometry for `LogAxisChart`: scales, ticks and SVG paths from column arrays, on a
 * linear or a log y axis. d3 computes; nothing here touches the DOM, so the geometry is tested
 * directly.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { logDomain, logTickExponents, pow10Label, formatSci } from './logScale.ts';

/** One line of a chart: y against x, same length; non-finite (and, on a log axis, ≤ 0) points leave a gap. */
export type ChartSeries = Readonly<{
  id: string;
  label: string;
  /** CSS colour, normally a token such as 'var(--c-series-true)' */
  color: string;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  dash?: 'dashed' | 'dotted';
  /** a dot on every point (sparse series) */
  dots?: boolean;
  /** drawn lighter (e.g. a previous run kept for comparison) */
  faded?: boolean;
}>;

/** A horizontal reference line (chance level, a threshold). */
export type RefLine = Readonly<{ id: string; y: number; label: string; color: string }>;

/** What the chart draws, in the plot area's coordinates. */
export type LineChartModel = Readonly<{
  width: number;
  height: number;
  margin: Readonly<{ top: number; right: number; bottom: number; left: number }>;
  /** plot-area size */
  w: number;
  h: number;
  x: (v: number) => number;
  y: (v: number) => number;
  xTicks: readonly Readonly<{ value: number; pos: number; label: string }>[];
  yTicks: readonly Readonly<{ value: number; pos: number; label: string }>[];
  paths: readonly Readonly<{ id: string; d: string; dots: readonly (readonly [number, number])[] }>[];
  refs: readonly Readonly<{ id: string; pos: number }>[];
}>;

/** Inputs of `lineChartModel`. */
export type LineChartInput = Readonly<{
  series: readonly ChartSeries[];
  refLines?: readonly RefLine[];
  yScale: 'log' | 'linear';
  xDomain?: readonly [number, number];
  yDomain?: readonly [number, number];
  xTickFormat?: (v: number) => string;
  yTickFormat?: (v: number) => string;
  /** small charts (phones) get smaller margins and fewer ticks */
  compact?: boolean;
}>;

function extent(arrays: Iterable<ArrayLike<number>>, keep: (v: number) => boolean): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of arrays) {
    for (let i = 0; i < a.length; i++) {
      const v = a[i] ?? NaN;
      if (!keep(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return Number.isFinite(lo) ? [lo, hi] : null;
}

const finite = (v: number): boolean => Number.isFinite(v);
const positive = (v: number): boolean => Number.isFinite(v) && v > 0;

/** A plain tick label: up to 3 significant digits. */
export function plainTick(v: number): string {
  return formatSci(v);
}

/** Scales, ticks and paths of a chart `width` × `height` CSS pixels. */
export function lineChartModel(input: LineChartInput, width: number, height: number): LineChartModel {
  const compact = input.compact ?? width < 420;
  const margin = { top: 12, right: 16, bottom: compact ? 40 : 48, left: compact ? 52 : 64 };
  const w = Math.max(20, width - margin.left - margin.right);
  const h = Math.max(20, height - margin.top - margin.bottom);
  const xd = input.xDomain ?? extent(input.series.map((s) => s.x), finite) ?? [0, 1];
  const x = scaleLinear().domain(xd[0] === xd[1] ? [xd[0] - 1, xd[1] + 1] : [xd[0], xd[1]]).range([0, w]);
  const ys = [...input.series.map((s) => s.y), (input.refLines ?? []).map((r) => r.y)];
  const xTickCount = Math.max(2, Math.min(10, Math.floor(w / 70)));
  const xFormat = input.xTickFormat ?? plainTick;
  const xTicks = x.ticks(xTickCount).map((v) => ({ value: v, pos: x(v), label: xFormat(v) }));
  let y: (v: number) => number;
  let yTicks: { value: number; pos: number; label: string }[];
  const yTickCount = Math.max(3, Math.min(8, Math.floor(h / 36)));
  if (input.yScale === 'log') {
    const values: number[] = [];
    for (const a of ys) for (let i = 0; i < a.length; i++) values.push(a[i] ?? NaN);
    const yd = input.yDomain ?? logDomain(values);
    const s = scaleLog().domain([yd[0], yd[1]]).range([h, 0]).clamp(true);
    y = (v) => s(v);
    yTicks = logTickExponents(yd[0], yd[1], yTickCount).map((e) => ({
      value: 10 ** e, pos: s(10 ** e), label: input.yTickFormat ? input.yTickFormat(10 ** e) : pow10Label(e),
    }));
  } else {
    const yd = input.yDomain ?? extent(ys, finite) ?? [0, 1];
    const s = scaleLinear().domain(yd[0] === yd[1] ? [yd[0] - 1, yd[1] + 1] : [yd[0], yd[1]]).range([h, 0]).nice(yTickCount);
    y = (v) => s(v);
    const yFormat = input.yTickFormat ?? plainTick;
    yTicks = s.ticks(yTickCount).map((v) => ({ value: v, pos: s(v), label: yFormat(v) }));
  }
  const ok = input.yScale === 'log' ? positive : finite;
  const paths = input.series.map((s) => {
    const n = Math.min(s.x.length, s.y.length);
    const idx = Array.from({ length: n }, (_, i) => i);
    const defined = (i: number): boolean => finite(s.x[i] ?? NaN) && ok(s.y[i] ?? NaN);
    const gen = line<number>().defined(defined).x((i) => x(s.x[i] ?? 0)).y((i) => y(s.y[i] ?? 0));
    const dots = s.dots ? idx.filter(defined).map((i) => [x(s.x[i] ?? 0), y(s.y[i] ?? 0)] as const) : [];
    return { id: s.id, d: gen(idx) ?? '', dots };
  });
  const refs = (input.refLines ?? []).filter((r) => ok(r.y)).map((r) => ({ id: r.id, pos: y(r.y) }));
  return { width, height, margin, w, h, x: (v) => x(v), y, xTicks, yTicks, paths, refs };
}
