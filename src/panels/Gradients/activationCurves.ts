/**
 * The curves of the lectures' comparison: tanh and the logistic sigmoid σ with their slopes.
 * tanh′ peaks at 1 and σ′ at ¼ (both at 0) — the γ of the vanishing-gradient bound: every step
 * back through a sigmoid multiplies the gradient by at most ¼.
 */

/** σ(x) = 1 / (1 + e^(−x)). */
export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** The four curves sampled at `n` points of [−range, range]. */
export function activationCurves(n = 121, range = 6): {
  x: Float64Array; tanh: Float64Array; dtanh: Float64Array; sigmoid: Float64Array; dsigmoid: Float64Array;
} {
  const x = new Float64Array(n);
  const tanh = new Float64Array(n);
  const dtanh = new Float64Array(n);
  const sig = new Float64Array(n);
  const dsig = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = -range + (2 * range * i) / (n - 1);
    const th = Math.tanh(v);
    const s = sigmoid(v);
    x[i] = v;
    tanh[i] = th;
    dtanh[i] = 1 - th * th;
    sig[i] = s;
    dsig[i] = s * (1 - s);
  }
  return { x, tanh, dtanh, sigmoid: sig, dsigmoid: dsig };
}
