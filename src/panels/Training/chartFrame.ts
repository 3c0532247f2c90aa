/**
 * What every chart of the panel shares: the box (outer size and margins) and tick formatting.
 * Charts are drawn by React from d3 scales; nothing here touches the DOM.
 */
import { formatNumber } from './format.ts';

/** Outer size and margins of a chart, CSS pixels. */
export type ChartBox = Readonly<{ width: number; height: number; top: number; right: number; bottom: number; left: number }>;

/** A tick: its value, its position along the axis, its label. */
export type Tick = Readonly<{ value: number; pos: number; label: string }>;

/** A box of the given size with room for tick labels and axis titles. */
export function chartBox(width: number, height: number, compact = false): ChartBox {
  return { width, height, top: 10, right: 14, bottom: compact ? 28 : 44, left: compact ? 40 : 58 };
}

/** Plot-area width and height of a box. */
export function inner(b: ChartBox): { w: number; h: number } {
  return { w: Math.max(10, b.width - b.left - b.right), h: Math.max(10, b.height - b.top - b.bottom) };
}

/** A short tick label: up to 3 significant digits, exponent form for very small or large values. */
export function tickLabel(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a < 1e-3 || a >= 1e5) return v.toExponential(0).replace('e-', 'e−');
  return formatNumber(v, { maximumSignificantDigits: 3 });
}
