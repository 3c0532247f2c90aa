/**
 * The diverging colour scale of every signed value Unroll draws (hidden states, gradients):
 * d3's PuOr — perceptually even, readable with deuteranopia and protanopia, white at 0. Negative
 * values are purple, positive orange; the domain is always symmetric so 0 stays white.
 */
import { scaleDiverging } from 'd3-scale';
import { interpolatePuOr } from 'd3-scale-chromatic';

/** The interpolator over [0, 1] (0 = most negative), for legends. */
export const divergingInterpolator = interpolatePuOr;

/** A colour function for values in [−maxAbs, maxAbs] (clamped outside). */
export function divergingColor(maxAbs: number): (v: number) => string {
  const m = maxAbs > 0 && Number.isFinite(maxAbs) ? maxAbs : 1;
  const s = scaleDiverging(interpolatePuOr).domain([-m, 0, m]).clamp(true);
  return (v) => (Number.isFinite(v) ? s(v) : '#888888');
}

/** Whether text on the colour of v should be light: the scale is dark at both ends. */
export const needsLightText = (v: number, maxAbs: number): boolean => Math.abs(v) > 0.55 * maxAbs;

/**
 * A symmetric bound for the values: the largest |v|, rounded up to 1, 2 or 5 × 10^k so the legend
 * reads well and does not change at every frame of training.
 */
export function niceMaxAbs(...arrays: readonly ArrayLike<number>[]): number {
  let m = 0;
  for (const a of arrays) for (let i = 0; i < a.length; i++) {
    const v = Math.abs(a[i] ?? 0);
    if (Number.isFinite(v) && v > m) m = v;
  }
  if (m === 0) return 1;
  const p = 10 ** Math.floor(Math.log10(m));
  const f = m / p;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
}
