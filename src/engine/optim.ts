/**
 * Optimizers as plain data plus one step function — `torch.optim.SGD` (momentum, dampening 0,
 * no Nesterov) and `torch.optim.Adam` (PyTorch 1.13 semantics, no weight decay or amsgrad) — and
 * `clipGradNorm`, `torch.nn.utils.clip_grad_norm_`. `lr` is a plain field: change it between
 * steps for live hyperparameters, like editing `param_groups[0]['lr']`.
 *
 * The update is one formula per entry. When parameters, gradients and the optimizer's buffers
 * are each views of one buffer laid out in `names` order (createModel and the create* functions
 * here arrange that), it runs as a single loop over all of them instead of one per tensor — the
 * same arithmetic per entry, so the same result.
 */
import { EngineError } from './errors.ts';

/** SGD with momentum; `buf` is PyTorch's momentum_buffer per parameter. */
export type Sgd = {
  kind: 'sgd';
  /** learning rate */
  lr: number;
  /** momentum μ in buf ← μ·buf + g (0 = plain SGD) */
  momentum: number;
  /** parameter names this optimizer updates, in order */
  names: readonly string[];
  /** momentum buffers, same shapes as the parameters */
  buf: Record<string, Float64Array>;
  /** steps taken so far */
  steps: number;
};

/** Adam; `m`, `v` are PyTorch's exp_avg and exp_avg_sq. */
export type Adam = {
  kind: 'adam';
  lr: number;
  beta1: number;
  beta2: number;
  eps: number;
  names: readonly string[];
  /** first-moment estimates (exp_avg) */
  m: Record<string, Float64Array>;
  /** second-moment estimates (exp_avg_sq) */
  v: Record<string, Float64Array>;
  /** steps taken so far (PyTorch's state['step']) */
  steps: number;
};

/** Either optimizer. */
export type Optimizer = Sgd | Adam;

function zerosLike(params: Record<string, Float64Array>, names: readonly string[]): Record<string, Float64Array> {
  // One buffer with a view per name, so the update can run as one loop (see `flatState`).
  let total = 0;
  for (let i = 0; i < names.length; i++) total += params[names[i]].length;
  const flat = new Float64Array(total);
  const out: Record<string, Float64Array> = {};
  for (let i = 0, o = 0; i < names.length; i++) {
    const n = params[names[i]].length;
    out[names[i]] = flat.subarray(o, o + n);
    o += n;
  }
  return out;
}

/**
 * The arrays of `record` named in `names` as one Float64Array, when they are back-to-back views of
 * one buffer in that order (as `createModel` lays out parameters and gradients); otherwise null.
 */
export function contiguousView(record: Record<string, Float64Array>, names: readonly string[]): Float64Array | null {
  if (names.length === 0) return null;
  const first = record[names[0]];
  let end = first.byteOffset + first.byteLength;
  for (let i = 1; i < names.length; i++) {
    const a = record[names[i]];
    if (a.buffer !== first.buffer || a.byteOffset !== end) return null;
    end += a.byteLength;
  }
  return new Float64Array(first.buffer, first.byteOffset, (end - first.byteOffset) / Float64Array.BYTES_PER_ELEMENT);
}

/**
 * The arrays one update touches, per optimizer, with their single-buffer views when they have one.
 * Rebuilt whenever a record holds different arrays than last time, so callers may swap them freely.
 */
type FlatState = {
  /** per name: parameter, gradient and the optimizer's buffers (momentum, or Adam's m and v) */
  params: Float64Array[];
  grads: Float64Array[];
  s1: Float64Array[];
  s2: Float64Array[];
  /** the same as one array each, or null when they are not laid out back to back */
  p: Float64Array | null;
  g: Float64Array | null;
  s1Flat: Float64Array | null;
  s2Flat: Float64Array | null;
};
const flatStates = new WeakMap<Optimizer, FlatState>();

function flatState(opt: Optimizer, params: Record<string, Float64Array>, grads: Record<string, Float64Array>): FlatState {
  const names = opt.names;
  const r1 = opt.kind === 'sgd' ? opt.buf : opt.m;
  const r2 = opt.kind === 'sgd' ? opt.buf : opt.v;
  const st = flatStates.get(opt);
  let same = st !== undefined && st.params.length === names.length;
  for (let i = 0; same && i < names.length; i++) {
    const n = names[i];
    const c = st as FlatState;
    same = params[n] === c.params[i] && grads[n] === c.grads[i] && r1[n] === c.s1[i] && r2[n] === c.s2[i];
  }
  if (same) return st as FlatState;
  const fresh: FlatState = {
    params: names.map((n) => params[n]), grads: names.map((n) => grads[n]),
    s1: names.map((n) => r1[n]), s2: names.map((n) => r2[n]),
    p: contiguousView(params, names), g: contiguousView(grads, names),
    s1Flat: contiguousView(r1, names), s2Flat: contiguousView(r2, names),
  };
  flatStates.set(opt, fresh);
  return fresh;
}

function checkLr(lr: number): void {
  if (!(lr >= 0) || !Number.isFinite(lr)) throw new EngineError(`lr must be a finite number ≥ 0, got ${lr}`);
}

/** SGD over `params` (all keys unless `names` given). */
export function createSgd(
  params: Record<string, Float64Array>, opts: { lr: number; momentum?: number; names?: readonly string[] },
): Sgd {
  checkLr(opts.lr);
  const momentum = opts.momentum ?? 0;
  if (!(momentum >= 0)) throw new EngineError(`momentum must be a number ≥ 0, got ${momentum}`);
  const names = opts.names ?? Object.keys(params);
  return { kind: 'sgd', lr: opts.lr, momentum, names, buf: zerosLike(params, names), steps: 0 };
}

/** Adam over `params` with PyTorch's defaults β = (0.9, 0.999), ε = 1e-8. */
export function createAdam(
  params: Record<string, Float64Array>,
  opts: { lr: number; beta1?: number; beta2?: number; eps?: number; names?: readonly string[] },
): Adam {
  checkLr(opts.lr);
  const names = opts.names ?? Object.keys(params);
  return {
    kind: 'adam', lr: opts.lr, beta1: opts.beta1 ?? 0.9, beta2: opts.beta2 ?? 0.999, eps: opts.eps ?? 1e-8,
    names, m: zerosLike(params, names), v: zerosLike(params, names), steps: 0,
  };
}

/** One update of every parameter in `opt.names` from `grads` (in place). */
export function optimizerStep(
  opt: Optimizer, params: Record<string, Float64Array>, grads: Record<string, Float64Array>,
): void {
  stepAndNorm(opt, params, grads);
}

/**
 * `optimizerStep` that also returns the total gradient norm (`gradNorm`'s value, summed in one
 * pass instead of per tensor, so equal up to rounding), read in the same pass as the update:
 * `trainStep` without clipping needs both, and this saves a pass over every gradient.
 */
export function optimizerStepWithNorm(
  opt: Optimizer, params: Record<string, Float64Array>, grads: Record<string, Float64Array>,
): number {
  return Math.sqrt(stepAndNorm(opt, params, grads));
}

/** The update; returns Σ g² over all gradients. */
function stepAndNorm(opt: Optimizer, params: Record<string, Float64Array>, grads: Record<string, Float64Array>): number {
  opt.steps++;
  const st = flatState(opt, params, grads);
  const { p, g, s1Flat, s2Flat } = st;
  let sq = 0;
  if (opt.kind === 'sgd') {
    const { lr, momentum } = opt;
    const first = opt.steps === 1;
    if (p !== null && g !== null && s1Flat !== null) return sgdUpdate(p, g, s1Flat, lr, momentum, first);
    for (let i = 0; i < st.params.length; i++) sq += sgdUpdate(st.params[i], st.grads[i], st.s1[i], lr, momentum, first);
    return sq;
  }
  const { lr, beta1, beta2, eps } = opt;
  // torch 1.13 _single_tensor_adam: p −= (lr / (1 − β1^t))·m / (√v / √(1 − β2^t) + ε). Multiplying
  // through by √(1 − β2^t) gives the same value with one division per entry instead of two
  // (a few ulps apart, far inside the fixtures' 1e-7).
  const bc1 = 1 - Math.pow(beta1, opt.steps);
  const bc2Sqrt = Math.sqrt(1 - Math.pow(beta2, opt.steps));
  const stepSize = (lr / bc1) * bc2Sqrt;
  const epsHat = eps * bc2Sqrt;
  if (p !== null && g !== null && s1Flat !== null && s2Flat !== null) {
    return adamUpdate(p, g, s1Flat, s2Flat, beta1, beta2, stepSize, epsHat);
  }
  for (let i = 0; i < st.params.length; i++) {
    sq += adamUpdate(st.params[i], st.grads[i], st.s1[i], st.s2[i], beta1, beta2, stepSize, epsHat);
  }
  return sq;
}

/** Adam on one run of entries (m, v = exp_avg, exp_avg_sq); returns Σ g². */
function adamUpdate(
  p: Float64Array, g: Float64Array, m: Float64Array, v: Float64Array,
  beta1: number, beta2: number, stepSize: number, epsHat: number,
): number {
  let sq = 0;
  for (let i = 0; i < p.length; i++) {
    const gi = g[i];
    sq += gi * gi;
    const mi = m[i] * beta1 + (1 - beta1) * gi;
    const vi = v[i] * beta2 + (1 - beta2) * gi * gi;
    m[i] = mi;
    v[i] = vi;
    p[i] -= (stepSize * mi) / (Math.sqrt(vi) + epsHat);
  }
  return sq;
}

/** SGD (momentum buffer b) on one run of entries; returns Σ g². */
function sgdUpdate(p: Float64Array, g: Float64Array, b: Float64Array, lr: number, momentum: number, first: boolean): number {
  let sq = 0;
  for (let i = 0; i < p.length; i++) {
    const gi = g[i];
    sq += gi * gi;
    if (momentum === 0) {
      p[i] -= lr * gi;
    } else {
      // PyTorch starts the buffer as a copy of the first gradient, then buf = μ·buf + g.
      const bi = first ? gi : momentum * b[i] + gi;
      b[i] = bi;
      p[i] -= lr * bi;
    }
  }
  return sq;
}

/** Total L2 norm of the gradients named in `names`: √(Σ over all entries g²). */
export function gradNorm(grads: Record<string, Float64Array>, names: readonly string[]): number {
  let s = 0;
  for (let k = 0; k < names.length; k++) {
    const g = grads[names[k]];
    let t = 0;
    for (let i = 0; i < g.length; i++) t += g[i] * g[i];
    s += t;
  }
  return Math.sqrt(s);
}

/**
 * `torch.nn.utils.clip_grad_norm_(params, maxNorm)`: if the total norm exceeds maxNorm, scales
 * every gradient by maxNorm / (total + 1e-6). Returns the total norm *before* clipping.
 */
export function clipGradNorm(grads: Record<string, Float64Array>, names: readonly string[], maxNorm: number): number {
  if (!(maxNorm > 0)) throw new EngineError(`max_norm must be a number > 0, got ${maxNorm}`);
  const total = gradNorm(grads, names);
  const coef = maxNorm / (total + 1e-6);
  if (coef < 1) {
    for (let k = 0; k < names.length; k++) {
      const g = grads[names[k]];
      for (let i = 0; i < g.length; i++) g[i] *= coef;
    }
  }
  return total;
}

/** Resets an optimizer's state (buffers to zero, step count 0), e.g. after re-initialising the model. */
export function resetOptimizer(opt: Optimizer): void {
  opt.steps = 0;
  const records = opt.kind === 'sgd' ? [opt.buf] : [opt.m, opt.v];
  for (const r of records) for (const n of opt.names) r[n].fill(0);
}

