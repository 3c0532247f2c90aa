/**
 * Largest singular values (Lanczos), and the initialisation helper of the gradient
 * lab that sets how strongly the recurrent matrix stretches vectors.
 *
 * Why the spectral norm: for h_t = f(W_hh h_{t−1} + …), ‖∂h_T/∂h_t‖ ≤ (γ·σ_max(W_hh))^(T−t) with
 * γ = max|f′| (Pascanu, Mikolov & Bengio 2013). σ_max < 1/γ makes gradients vanish
 * geometrically; > 1/γ allows them to explode.
 */
import { EngineError } from './errors.ts';
import { gemmNT, gemmTN } from './kernels.ts';
import { cellParamNames, type Recurrent } from './recurrentConfig.ts';

/** Options of `spectralNorm`. */
export type PowerIterationOptions = {
  /** maximum Lanczos steps (default: the number of columns, which is exact in exact arithmetic) */
  iterations?: number;
  /** stop when the estimate changes by less than this relative amount (default 1e-13) */
  tolerance?: number;
  /** start vector [cols] (default a fixed, non-symmetric vector); not modified */
  v?: Float64Array;
  /** scratch of at least (iterations + 1)·cols + 2·rows doubles, to avoid allocating per call */
  scratch?: Float64Array;
};

/**
 * Largest eigenvalue of the symmetric tridiagonal matrix with diagonal a[0..k) and off-diagonal
 * b[0..k−1), by bisection on Sturm sequence counts, searching [lo, Gershgorin bound].
 */
function topTridiagonalEigenvalue(a: Float64Array, b: Float64Array, k: number, lo: number): number {
  let hi = -Infinity;
  for (let i = 0; i < k; i++) {
    const r = a[i] + (i > 0 ? Math.abs(b[i - 1]) : 0) + (i < k - 1 ? Math.abs(b[i]) : 0);
    if (r > hi) hi = r;
  }
  if (!(lo < hi)) return hi;
  while (hi - lo > 1e-15 * hi) {
    const mid = 0.5 * (lo + hi);
    if (mid <= lo || mid >= hi) break;
    // Sturm count: eigenvalues below `mid` = negative pivots of T − mid·I.
    let below = 0;
    let d = 1;
    for (let i = 0; i < k; i++) {
      d = a[i] - mid - (i > 0 ? (b[i - 1] * b[i - 1]) / d : 0);
      if (d === 0) d = -1e-300;
      if (d < 0) below++;
    }
    if (below === k) hi = mid;
    else lo = mid;
  }
  return lo;
}

/**
 * σ_max of the [rows × cols] row-major block of `A` at `off` (row stride `ld`, default cols).
 *
 * Lanczos iteration on AᵀA (never formed: each step is one A·q and one Aᵀ·u), with full
 * reorthogonalisation. The estimate is the top Ritz value, which is a *lower bound* of
 * σ_max² that never decreases from one step to the next (Cauchy interlacing) and converges much
 * faster than plain power iteration when the top singular values are close — which they are in
 * the long Jacobian products of the gradient lab.
 */
export function spectralNorm(
  A: Float64Array, rows: number, cols: number, opts: PowerIterationOptions = {}, off = 0, ld = cols,
): number {
  const maxSteps = Math.min(opts.iterations ?? cols, cols);
  const tol = opts.tolerance ?? 1e-13;
  const need = (maxSteps + 1) * cols + 2 * rows + 2 * maxSteps;
  const work = opts.scratch !== undefined && opts.scratch.length >= need ? opts.scratch : new Float64Array(need);
  const Q = work; // Lanczos basis, [(maxSteps + 1), cols]
  const u = work.subarray((maxSteps + 1) * cols, (maxSteps + 1) * cols + rows);
  const alpha = work.subarray((maxSteps + 1) * cols + 2 * rows, (maxSteps + 1) * cols + 2 * rows + maxSteps);
  const beta = work.subarray((maxSteps + 1) * cols + 2 * rows + maxSteps, need);
  const v0 = opts.v;
  if (v0 !== undefined && v0.length !== cols) throw new EngineError(`v: expected length ${cols}, got ${v0.length}`);
  let n2 = 0;
  for (let j = 0; j < cols; j++) {
    const x = v0 !== undefined ? v0[j] : 0;
    Q[j] = x;
    n2 += x * x;
  }
  if (n2 === 0) {
    // A fixed, non-symmetric default start so it is never exactly orthogonal to a simple top vector.
    for (let j = 0; j < cols; j++) {
      Q[j] = 1 + 0.5 * Math.sin(1.7 * j + 0.3);
      n2 += Q[j] * Q[j];
    }
  }
  const inv = 1 / Math.sqrt(n2);
  for (let j = 0; j < cols; j++) Q[j] *= inv;
  let theta = 0;
  for (let k = 0; k < maxSteps; k++) {
    const q = k * cols;
    const w = (k + 1) * cols; // the next basis slot doubles as the work vector
    // u = A q; w = Aᵀ u (the blocked kernels share each vector load across four rows)
    u.fill(0);
    gemmNT(rows, 1, cols, A, off, ld, Q, q, cols, u, 0, 1);
    Q.fill(0, w, w + cols);
    gemmTN(cols, 1, rows, A, off, ld, u, 0, 1, Q, w, 1);
    let a = 0;
    for (let j = 0; j < cols; j++) a += Q[q + j] * Q[w + j];
    alpha[k] = a;
    // Full reorthogonalisation against every earlier basis vector (cheap at these sizes, and it
    // keeps the Ritz values honest in floating point).
    for (let p = 0; p <= k; p++) {
      let dp = 0;
      const qp = p * cols;
      for (let j = 0; j < cols; j++) dp += Q[qp + j] * Q[w + j];
      for (let j = 0; j < cols; j++) Q[w + j] -= dp * Q[qp + j];
    }
    let bn = 0;
    for (let j = 0; j < cols; j++) bn += Q[w + j] * Q[w + j];
    bn = Math.sqrt(bn);
    beta[k] = bn;
    // The Ritz value costs a bisection; every other step is enough to detect convergence.
    const last = k === maxSteps - 1 || bn <= 1e-14 * Math.sqrt(Math.max(alpha[k], 0));
    if (k % 2 === 1 || last) {
      const next = topTridiagonalEigenvalue(alpha, beta, k + 1, theta);
      const done = Math.abs(next - theta) <= tol * next || last;
      theta = next;
      if (done) break;
    }
    const ib = 1 / bn;
    for (let j = 0; j < cols; j++) Q[w + j] *= ib;
  }
  return Math.sqrt(Math.max(theta, 0));
}

/**
 * Rescales every recurrent matrix of `rec` so that each H×H gate block of weight_hh has spectral
 * norm `target` (for an Elman RNN that is W_hh itself). The gradient lab uses it to put a model
 * on either side of the vanishing/exploding boundary σ_max = 1/γ.
 */
export function scaleRecurrent(rec: Recurrent, target: number): void {
  if (!(target >= 0) || !Number.isFinite(target)) {
    throw new EngineError(`targetSpectralNorm must be a finite number ≥ 0, got ${target}`);
  }
  const H = rec.config.hiddenSize;
  const D = rec.config.bidirectional ? 2 : 1;
  for (let l = 0; l < rec.config.numLayers; l++) {
    for (let d = 0; d < D; d++) {
      const w = rec.params[cellParamNames(l, d === 1).whh];
      const G = w.length / (H * H);
      for (let gi = 0; gi < G; gi++) {
        const off = gi * H * H;
        const s = spectralNorm(w, H, H, {}, off);
        if (s === 0) continue;
        const k = target / s;
        for (let i = off; i < off + H * H; i++) w[i] *= k;
      }
    }
  }
}
