/**
 * Measurements of the lab's presets outside the worker: build a preset's run exactly as the
 * worker would, record how its gradient behaves over training (loss, pre-clip gradient norm and
 * the size of each update), and fit the geometric rate at which a gradient grows or fades.
 */
import { gatherBatch } from '../batch.ts';
import { EngineError } from '../errors.ts';
import { trainStep, type Model } from '../model.ts';
import { createAdam, createSgd, type Optimizer } from '../optim.ts';
import { createRng, permutation } from '../rng.ts';
import { isTaskId, TASKS } from '../tasks/index.ts';
import type { SeqDataset } from '../tasks/types.ts';
import { createLabModel, type GateInit } from './labModel.ts';
import type { LabConfig } from './presets.ts';

/** A preset's run: the data set, the model and its optimizer at step 0. */
export type LabRun = Readonly<{ dataset: SeqDataset; model: Model; opt: Optimizer; config: LabConfig }>;

/**
 * Builds the data set (the task's options from `config.taskOptions`, drawn from `config.seed`),
 * the model (PyTorch init from the same seed, then `recurrentScale`) and the optimizer, as the
 * worker's session does for a many-to-one task. `gateInit` 'open' applies the lab's gate init.
 */
export function buildLabRun(config: LabConfig, gateInit: GateInit = 'pytorch'): LabRun {
  if (!isTaskId(config.task)) throw new EngineError(`task must be a registry task id, got '${config.task}'`);
  const dataset = TASKS[config.task].make(config.taskOptions, config.seed);
  if (dataset.arrangement !== 'many-to-one') throw new EngineError(`buildLabRun: task '${config.task}' is not many-to-one`);
  const classes = dataset.targets.kind === 'classes';
  const model = createLabModel(config.cell, {
    inputSize: dataset.inputSize,
    hidden: config.hidden,
    layers: config.layers,
    outputs: dataset.targets.kind === 'classes' ? dataset.targets.classes : dataset.targets.outSize,
    loss: classes ? 'ce' : 'mse',
    recurrentScale: config.recurrentScale,
    gateInit,
  }, config.seed);
  const opt = config.optimizer === 'adam'
    ? createAdam(model.params, { lr: config.lr, names: model.names })
    : createSgd(model.params, { lr: config.lr, momentum: config.momentum, names: model.names });
  return { dataset, model, opt, config };
}

/** Per-step record of training, [steps] each; entries after a divergence are NaN. */
export type TrainingSeries = Readonly<{
  /** mini-batch loss before the update */
  loss: Float64Array;
  /** total L2 norm of the gradient before clipping */
  gradNorm: Float64Array;
  /** L2 norm of the parameter change the step made, ‖θ_after − θ_before‖ */
  updateNorm: Float64Array;
  /** the 1-based step whose loss or gradient was NaN/±∞ (training stopped there); null if none */
  divergedAt: number | null;
}>;

/**
 * Trains `run` for `steps` steps on mini-batches of `config.batch` training samples (fresh
 * permutations, seeded by `config.seed`), with the config's clipping and truncation, recording
 * each step. Stops at the first non-finite loss or gradient.
 */
export function trainSeries(run: LabRun, steps: number): TrainingSeries {
  const { dataset, model, opt, config } = run;
  const loss = new Float64Array(steps).fill(NaN);
  const gradNorm = new Float64Array(steps).fill(NaN);
  const updateNorm = new Float64Array(steps).fill(NaN);
  const before: Record<string, Float64Array> = {};
  for (const n of model.names) before[n] = new Float64Array(model.params[n].length);
  const rng = createRng(config.seed);
  let perm = permutation(dataset.train.length, rng);
  let pos = 0;
  const B = Math.min(config.batch, dataset.train.length);
  const opts = {
    ...(config.clip === null ? {} : { clip: config.clip }),
    ...(config.truncation === null ? {} : { truncation: config.truncation }),
  };
  for (let s = 0; s < steps; s++) {
    if (pos + B > perm.length) {
      perm = permutation(dataset.train.length, rng);
      pos = 0;
    }
    const idx = Array.from(perm.subarray(pos, pos + B), (i) => dataset.train[i]);
    pos += B;
    for (const n of model.names) before[n].set(model.params[n]);
    const r = trainStep(model, opt, gatherBatch(dataset, idx), opts);
    loss[s] = r.loss;
    gradNorm[s] = r.gradNorm;
    if (!Number.isFinite(r.loss) || !Number.isFinite(r.gradNorm)) return { loss, gradNorm, updateNorm, divergedAt: s + 1 };
    let u = 0;
    for (const n of model.names) {
      const p = model.params[n];
      const b = before[n];
      for (let i = 0; i < p.length; i++) u += (p[i] - b[i]) * (p[i] - b[i]);
    }
    updateNorm[s] = Math.sqrt(u);
  }
  return { loss, gradNorm, updateNorm, divergedAt: null };
}

/**
 * The per-step factor r of a geometric fit ‖g_t‖ ≈ c·r^(T−1−t) to norms in time order
 * (t = 0…T−1, the last one being the end the gradient starts from): exp of the least-squares
 * slope of ln‖g_t‖ against the distance T−1−t. r < 1: the gradient fades going back in time;
 * r > 1: it grows. Zero and non-finite norms are skipped; fewer than two usable points give NaN.
 */
export function geometricRate(norms: ArrayLike<number>): number {
  const T = norms.length;
  let n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
  for (let t = 0; t < T; t++) {
    const v = norms[t];
    if (!(v > 0) || !Number.isFinite(v)) continue;
    const x = T - 1 - t;
    const y = Math.log(v);
    n++;
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  const den = n * sxx - sx * sx;
  if (n < 2 || den === 0) return NaN;
  return Math.exp((n * sxy - sx * sy) / den);
}
