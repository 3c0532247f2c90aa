/**
 * Where the backward pass's arrows run and how thick they are: thickness on a log scale of
 * ‖dL/dh_t‖ over the whole trace, so a gradient that shrinks by 10× per step visibly thins out
 * at a constant rate, and rows can be compared with each other.
 */
import { prevStep } from '../Equations/netMath.ts';
import { blockX } from './viewModel.ts';
import type { ViewCtx } from './viewModel.ts';

/** Stroke widths of the weakest and strongest gradient arrows, px. */
const MIN_W = 1;
const MAX_W = 8;

/** A log-scale width function over every norm of the trace (so rows can be compared). */
export function gradientWidth(norms: readonly ArrayLike<number>[]): (n: number) => number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const a of norms) for (let i = 0; i < a.length; i++) {
    const v = a[i] ?? 0;
    if (v > 0 && Number.isFinite(v)) {
      lo = Math.min(lo, Math.log10(v));
      hi = Math.max(hi, Math.log10(v));
    }
  }
  return (n) => {
    if (!(n > 0) || !Number.isFinite(n) || !Number.isFinite(lo)) return MIN_W;
    if (hi - lo < 1e-9) return (MIN_W + MAX_W) / 2;
    return MIN_W + ((Math.log10(n) - lo) / (hi - lo)) * (MAX_W - MIN_W);
  };
}

/** Where the gradient arrow of step s of row g runs (the pulses reuse it). */
export function gradientSegment(ctx: ViewCtx, g: ViewCtx['L']['rows'][number], s: number): { x1: number; x2: number; y: number } {
  const { L, T } = ctx;
  const side = g.row.direction === 0 ? -1 : 1;
  const x = blockX(ctx, g, s);
  const p = prevStep(g.row, s - 1, T);
  const x2 = p === null ? x + side * (L.colW / 2 - 3) : blockX(ctx, g, p + 1) - side * (L.block.w / 2 + 2);
  return { x1: x + side * (L.block.w / 2 + 2), x2: Math.max(L.gutter, Math.min(L.width, x2)), y: g.y + L.block.h / 2 + Math.max(4, L.block.h * 0.3) };
}

