/**
 * Central finite differences and the comparison rule of the gradient checks.
 */

/** Step of the central differences: small enough for O(ε²) truncation, large for round-off. */
export const FD_EPS = 1e-5;

/** d f / d a[i] by (f(a + ε e_i) − f(a − ε e_i)) / 2ε, restoring a[i] afterwards. */
export function centralDiff(a: Float64Array, i: number, f: () => number, eps = FD_EPS): number {
  const old = a[i] ?? 0;
  a[i] = old + eps;
  const fp = f();
  a[i] = old - eps;
  const fm = f();
  a[i] = old;
  return (fp - fm) / (2 * eps);
}

/**
 * Relative error |a − b| / max(|a|, |b|, floor). Central differences of an O(1) loss carry
 * ~1e-16/ε ≈ 1e-11 of round-off, so entries below `floor` = 1e-4 are in effect compared
 * absolutely (to 1e-10 under a 1e-6 threshold) instead of against their own tiny size.
 */
export function relErr(a: number, b: number, floor = 1e-4): number {
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), floor);
}

/** Deterministic pseudo-random weights in [−1, 1) for test losses. */
export function randomArray(n: number, seed: number): Float64Array {
  let s = seed >>> 0;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = (s / 4294967296) * 2 - 1;
  }
  return out;
}
