/**
 * Data → geometry of the fade heatmap: one cell per (training step, time step t), coloured by
 * log₁₀ ‖∂h_T/∂h_t‖ on viridis (perceptually uniform, readable in grey and by colour-blind
 * readers), with a colour legend in decades. Pure: no DOM.
 */
import { interpolateViridis } from 'd3-scale-chromatic';
import { logDomain, logFraction, logTickExponents, pow10Label } from '../shared/logScale.ts';
import type { TraceRow } from './traceHistory.ts';

/** Decades the colour scale spans at most: below that a fade is "gone" and drawn darkest. */
export const HEATMAP_DECADES = 12;

/** The colour of a value in a log domain (viridis; values that cannot be drawn are transparent). */
export function heatColor(v: number, domain: readonly [number, number]): string {
  const f = logFraction(v, domain);
  return Number.isNaN(f) ? 'transparent' : interpolateViridis(f);
}

/** The heatmap's geometry in a plot area of w × h pixels. */
export type HeatmapModel = Readonly<{
  domain: readonly [number, number];
  cells: readonly Readonly<{ key: string; x: number; y: number; w: number; h: number; fill: string }>[];
  /** a few rows' steps for the y axis */
  yTicks: readonly Readonly<{ pos: number; label: string }>[];
  /** t labels (1-based) for the x axis */
  xTicks: readonly Readonly<{ pos: number; label: string }>[];
  /** colour legend ticks: position along [0, 1] and a 10ⁿ label */
  legend: readonly Readonly<{ at: number; label: string }>[];
}>;

/** Lays out `rows` (ordered by step, oldest at the top) in w × h. */
export function heatmapModel(rows: readonly TraceRow[], w: number, h: number, formatStep: (s: number) => string): HeatmapModel {
  const T = rows[0]?.values.length ?? 0;
  const all: number[] = [];
  for (const r of rows) for (const v of r.values) all.push(v);
  const domain = logDomain(all, HEATMAP_DECADES, [1e-6, 1]);
  const cw = T > 0 ? w / T : w;
  const ch = rows.length > 0 ? h / rows.length : h;
  const cells = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r === undefined) continue;
    for (let t = 0; t < T; t++) {
      // Cells overlap by half a pixel so no hairline gaps show between them.
      cells.push({ key: `${r.step}:${t}`, x: t * cw, y: i * ch, w: cw + 0.5, h: ch + 0.5, fill: heatColor(r.values[t] ?? NaN, domain) });
    }
  }
  const yEvery = Math.max(1, Math.ceil(rows.length / Math.max(2, Math.floor(h / 28))));
  const yTicks = rows
    .map((r, i) => ({ i, r }))
    .filter(({ i }) => i % yEvery === 0 || i === rows.length - 1)
    .map(({ i, r }) => ({ pos: (i + 0.5) * ch, label: formatStep(r.step) }));
  const xEvery = Math.max(1, Math.ceil(T / Math.max(2, Math.floor(w / 36))));
  const xTicks = Array.from({ length: T }, (_, t) => t)
    .filter((t) => t === 0 || t === T - 1 || ((t + 1) % xEvery === 0 && T - 1 - t >= xEvery / 2))
    .map((t) => ({ pos: (t + 0.5) * cw, label: String(t + 1) }));
  const a = Math.log10(domain[0]);
  const b = Math.log10(domain[1]);
  const legend = logTickExponents(domain[0], domain[1], 7).map((e) => ({ at: (e - a) / (b - a || 1), label: pow10Label(e) }));
  return { domain, cells, yTicks, xTicks, legend };
}
