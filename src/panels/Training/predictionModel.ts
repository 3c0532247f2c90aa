/**
 * The lecture's plot as data: the noisy series, the true sine and the model's predictions on one
 * x axis. Sample i's prediction belongs at x[firstTarget + i] (the point right after its window).
 * Pure (series + outputs + size → geometry), tested without a DOM.
 */
import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { SeriesData } from '../../worker/protocol.ts';
import { inner, tickLabel } from './chartFrame.ts';
import type { ChartBox, Tick } from './chartFrame.ts';

/** The plot's geometry in plot-area coordinates. */
export type PredictionModel = Readonly<{
  xTicks: readonly Tick[];
  yTicks: readonly Tick[];
  /** noisy data points, [x, y] pairs */
  data: readonly (readonly [number, number])[];
  /** the true curve; '' when unknown */
  truth: string;
  /** the prediction line; '' before the first evaluation */
  prediction: string;
  /** prediction points */
  points: readonly (readonly [number, number])[];
  /** x range of the held-out targets, or null */
  heldOut: Readonly<{ x0: number; x1: number }> | null;
}>;

/** Fit numbers of the predictions, for the text alternative. */
export type PredictionFit = Readonly<{ count: number; mse: number; gap: number | null }>;

/** Mean squared error against the noisy targets and mean |error| against the true curve. */
export function predictionFit(series: SeriesData, outputs: Float64Array): PredictionFit {
  let se = 0;
  let gap = 0;
  const n = Math.min(outputs.length, series.values.length - series.firstTarget);
  for (let i = 0; i < n; i++) {
    const p = outputs[i] ?? 0;
    se += (p - (series.values[series.firstTarget + i] ?? 0)) ** 2;
    if (series.clean) gap += Math.abs(p - (series.clean[series.firstTarget + i] ?? 0));
  }
  return { count: n, mse: n > 0 ? se / n : NaN, gap: series.clean && n > 0 ? gap / n : null };
}

/** Builds the geometry; predictions far outside the data's range are clipped by the caller's clip path. */
export function predictionModel(series: SeriesData, outputs: Float64Array | null, heldOut: Int32Array, box: ChartBox): PredictionModel {
  const { w, h } = inner(box);
  const [x0 = -1, x1 = 1] = extent(series.x);
  const ys = [...series.values, ...(series.clean ?? [])];
  const [lo = -1, hi = 1] = extent(ys);
  const pad = (hi - lo) * 0.08 || 1;
  const x = scaleLinear().domain([x0, x1]).range([0, w]);
  const y = scaleLinear().domain([lo - pad, hi + pad]).range([h, 0]).nice();
  const pts = (ix: readonly number[], v: (i: number) => number): (readonly [number, number])[] =>
    ix.map((i) => [x(series.x[i] ?? 0), y(v(i))] as const);
  const all = Array.from(series.x, (_, i) => i);
  const data = pts(all, (i) => series.values[i] ?? 0);
  const path = line();
  const truth = series.clean ? (path(pts(all, (i) => series.clean?.[i] ?? 0) as [number, number][]) ?? '') : '';
  const predIx = outputs ? Array.from({ length: Math.min(outputs.length, series.x.length - series.firstTarget) }, (_, i) => i) : [];
  const points = predIx.map((i) => [x(series.x[series.firstTarget + i] ?? 0), y(outputs?.[i] ?? 0)] as const).filter(([, py]) => Number.isFinite(py));
  const prediction = points.length > 1 ? (path(points as [number, number][]) ?? '') : '';
  const first = heldOut[0];
  const held = first === undefined ? null : { x0: x(series.x[series.firstTarget + first] ?? x1) - 3, x1: w };
  const xTicks = x.ticks(Math.max(2, Math.floor(w / 80))).map((v) => ({ value: v, pos: x(v), label: tickLabel(v) }));
  const yTicks = y.ticks(5).map((v) => ({ value: v, pos: y(v), label: tickLabel(v) }));
  return { xTicks, yTicks, data, truth, prediction, points, heldOut: held };
}
