/**
 * The loss chart as data: scales, ticks and SVG paths for a loss history, on a linear or a log
 * axis. Pure (history + size → geometry) so it is tested without a DOM.
 */
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import type { LossHistory } from '../../state/index.ts';
import { inner, tickLabel } from './chartFrame.ts';
import type { ChartBox, Tick } from './chartFrame.ts';

/** Linear or logarithmic loss axis. */
export type LossScale = 'linear' | 'log';

/** The chart's geometry in the plot area's coordinates. */
export type LossChartModel = Readonly<{
  xTicks: readonly Tick[];
  yTicks: readonly Tick[];
  /** path of the training loss; '' when there is nothing to draw */
  train: string;
  /** path of the held-out loss; '' when the task holds nothing out */
  heldOut: string;
  /** the newest training-loss point, for a marker; null when not drawable */
  last: Readonly<{ x: number; y: number }> | null;
}>;

const drawable = (scale: LossScale) => (v: number): boolean => Number.isFinite(v) && (scale === 'linear' || v > 0);

/** Builds the geometry. Points a log axis cannot show (≤ 0, NaN, ∞) leave gaps. */
export function lossChartModel(h: LossHistory, box: ChartBox, scale: LossScale): LossChartModel {
  const { w, h: ht } = inner(box);
  const ok = drawable(scale);
  const values = [...h.loss, ...h.heldOut].filter(ok);
  const lastStep = h.step.at(-1) ?? 0;
  const x = scaleLinear().domain([0, Math.max(lastStep, 10)]).range([0, w]).nice();
  let lo = values.length > 0 ? Math.min(...values) : 0.01;
  let hi = values.length > 0 ? Math.max(...values) : 1;
  let yTicks: Tick[];
  let y: (v: number) => number;
  if (scale === 'log') {
    if (hi / lo < 10) {
      const mid = Math.sqrt(hi * lo);
      lo = mid / Math.sqrt(10);
      hi = mid * Math.sqrt(10);
    }
    const s = scaleLog().domain([lo, hi]).range([ht, 0]).nice();
    const [d0 = 1, d1 = 1] = s.domain();
    const decades = Math.log10(d1) - Math.log10(d0);
    // 1-2-5 ticks over a decade or two, powers of ten beyond that: labels must not collide.
    const mantissas = decades <= 1.2 ? [1, 2, 5] : decades <= 3 ? [1, 3] : [1];
    const ticks = s.ticks().filter((v) => mantissas.some((m) => Math.abs(v / 10 ** Math.floor(Math.log10(v) + 1e-9) - m) < 1e-6));
    yTicks = ticks.map((v) => ({ value: v, pos: s(v), label: tickLabel(v) }));
    y = s;
  } else {
    const s = scaleLinear().domain([0, hi > 0 ? hi : 1]).range([ht, 0]).nice();
    yTicks = s.ticks(5).map((v) => ({ value: v, pos: s(v), label: tickLabel(v) }));
    y = s;
  }
  const xTicks = x.ticks(Math.max(2, Math.floor(w / 90))).map((v) => ({ value: v, pos: x(v), label: tickLabel(v) }));
  const path = (ys: readonly number[]): string => {
    const idx = ys.map((_, i) => i);
    if (!ys.some(ok)) return '';
    return (
      line<number>()
        .defined((i) => ok(ys[i] ?? NaN))
        .x((i) => x(h.step[i] ?? 0))
        .y((i) => y(ys[i] ?? 0))(idx) ?? ''
    );
  };
  const lastLoss = h.loss.at(-1);
  return {
    xTicks,
    yTicks,
    train: path(h.loss),
    heldOut: path(h.heldOut),
    last: lastLoss !== undefined && ok(lastLoss) ? { x: x(lastStep), y: y(lastLoss) } : null,
  };
}
