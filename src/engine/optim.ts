/**
 * Optimizers as plain data plus one step function — `torch.optim.SGD` (momentum, dampening 0,
 * no Nesterov) and `torch.optim.Adam` (PyTorch 1.13 semantics, no weight decay or amsgrad) — and
 * `clipGradNorm`, `torch.nn.utils.clip_grad_norm_`. `lr` is a plain field: change it between
 * steps for live hyperparameters, like editing `param_groups[0]['lr']`.
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
  const out: Record<string, Float64Array> = {};
  for (const n of names) out[n] = new Float64Array(params[n].length);
  return out;
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
  opt.steps++;
  if (opt.kind === 'sgd') {
    const { lr, momentum } = opt;
    for (const name of opt.names) {
      const p = params[name];
      const g = grads[name];
      if (momentum === 0) {
        for (let i = 0; i < p.length; i++) p[i] -= lr * g[i];
        continue;
      }
      const b = opt.buf[name];
      // PyTorch starts the buffer as a copy of the first gradient, then buf = μ·buf + g.
      if (opt.steps === 1) for (let i = 0; i < p.length; i++) b[i] = g[i];
      else for (let i = 0; i < p.length; i++) b[i] = momentum * b[i] + g[i];
      for (let i = 0; i < p.length; i++) p[i] -= lr * b[i];
    }
    return;
  }
  const { lr, beta1, beta2, eps } = opt;
  // torch 1.13 _single_tensor_adam: p −= (lr / (1 − β1^t))·m / (√v / √(1 − β2^t) + ε). Multiplying
  // through by √(1 − β2^t) gives the same value with one division per entry instead of two
  // (a few ulps apart, far inside the fixtures' 1e-7).
  const bc1 = 1 - Math.pow(beta1, opt.steps);
  const bc2Sqrt = Math.sqrt(1 - Math.pow(beta2, opt.steps));
  const stepSize = (lr / bc1) * bc2Sqrt;
  const epsHat = eps * bc2Sqrt;
  for (const name of opt.names) {
    const p = params[name];
    const g = grads[name];
    const m = opt.m[name];
    const v = opt.v[name];
    for (let i = 0; i < p.length; i++) {
      const gi = g[i];
      m[i] = m[i] * beta1 + (1 - beta1) * gi;
      v[i] = v[i] * beta2 + (1 - beta2) * gi * gi;
      p[i] -= (stepSize * m[i]) / (Math.sqrt(v[i]) + epsHat);
    }
  }
}

/** Total L2 norm of the gradients named in `names`: √(Σ over all entries g²). */
export function gradNorm(grads: Record<string, Float64Array>, names: readonly string[]): number {
  let s = 0;
  for (const name of names) {
    const g = grads[name];
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
    for (const name of names) {
      const g = grads[name];
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

