/**
 * One training run inside the worker: the data set, model and optimizer built from an
 * `ExperimentConfig`, and the step function that advances it. This is the only file of the worker
 * that calls the engine, so the trainer loop (trainer.ts) stays about time and messages.
 *
 * Determinism: the data, the initial weights and the order of the mini-batches are pure functions
 * of `config.seed` and the step count — epoch e visits the training samples in the permutation
 * drawn from a generator seeded by (seed, e) — and live hyperparameter changes are recorded with
 * the step they took effect. So "a fresh session from the same config and changes, trained N
 * steps" has bit-identical parameters to the original run at step N; share links rely on it.
 */
import { gatherBatch, headFor } from '../engine/batch.ts';
import { createModel, trainStep } from '../engine/model.ts';
import type { Batch, Model, TrainStepResult } from '../engine/model.ts';
import { createAdam, createSgd } from '../engine/optim.ts';
import type { Optimizer } from '../engine/optim.ts';
import type { RecurrentMode } from '../engine/recurrentConfig.ts';
import { createRng, permutation } from '../engine/rng.ts';
import { scaleRecurrent } from '../engine/spectral.ts';
import { isTaskId, TASKS } from '../engine/tasks/index.ts';
import type { SeqDataset } from '../engine/tasks/types.ts';
import { SEQ_LEN_OPTION } from './config.ts';
import type { CellType, ExperimentConfig } from './config.ts';
import type { LiveChange, LiveParams } from './protocol.ts';

/** A config the engine cannot build (unknown task, task option out of range, …); `field` names it. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  /** the ExperimentConfig field at fault ('task', 'seqLen', 'taskOptions', …) */
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

/** A run in progress. Mutable: the trainer owns it and nobody else holds a reference. */
export type Session = {
  /** the config at step 0; with `changes` it reproduces the run */
  readonly base: ExperimentConfig;
  /** the config in force now (base with the live changes applied so far) */
  config: ExperimentConfig;
  /** live changes, ordered by step; those with step ≤ `step` have been applied */
  changes: LiveChange[];
  /** index of the first change not applied yet */
  nextChange: number;
  readonly dataset: SeqDataset;
  readonly model: Model;
  readonly opt: Optimizer;
  /** optimizer steps taken */
  step: number;
  /** mini-batches per epoch: ceil(train samples / batch) */
  readonly batchesPerEpoch: number;
  /** the last step's batch loss and pre-clip gradient norm (NaN before the first step) */
  last: TrainStepResult;
  /** whether the parameters came from an imported state dict instead of the seed */
  imported: boolean;
  /** the permutation of the epoch being trained, cached */
  order: { epoch: number; perm: Int32Array };
  /** reused batch buffers (full and partial batches have different sizes) */
  batches: Map<number, Batch>;
};

const MODE: Readonly<Record<CellType, RecurrentMode>> = { rnn_tanh: 'RNN_TANH', rnn_relu: 'RNN_RELU', lstm: 'LSTM', gru: 'GRU' };

/** Salt mixed into the seed for the shuffling stream, so it never coincides with the data's or init's. */
const SHUFFLE_SALT = 0x51f15eed;

/** The seed of epoch e's permutation: a 32-bit mix of (seed, e). */
function epochSeed(seed: number, epoch: number): number {
  return (Math.imul(seed ^ SHUFFLE_SALT, 0x9e3779b1) + Math.imul(epoch + 1, 0x85ebca6b)) | 0;
}

/** The task options a config asks for: the task's own, with `seqLen` filled in where it applies. */
export function taskOptionsOf(config: ExperimentConfig): Record<string, number> {
  const options: Record<string, number> = {};
  const seqOption = SEQ_LEN_OPTION[config.task];
  if (seqOption !== undefined) options[seqOption] = config.seqLen;
  return { ...options, ...config.taskOptions };
}

/** Makes the data set of a config; throws ConfigError naming the field the task rejected. */
export function makeDataset(config: ExperimentConfig): SeqDataset {
  if (!isTaskId(config.task)) throw new ConfigError('task', `unknown task '${config.task}'`);
  const task = TASKS[config.task];
  const options = taskOptionsOf(config);
  const check = task.validate(options);
  if (!check.ok) {
    const p = check.problems[0];
    const field = p !== undefined && p.option === SEQ_LEN_OPTION[config.task] ? 'seqLen' : 'taskOptions';
    throw new ConfigError(field, check.problems.map((q) => q.message).join(' '));
  }
  return task.make(check.options, config.seed);
}

function createOptimizer(config: ExperimentConfig, model: Model): Optimizer {
  return config.optimizer === 'adam'
    ? createAdam(model.params, { lr: config.lr, names: model.names })
    : createSgd(model.params, { lr: config.lr, momentum: config.momentum, names: model.names });
}

/**
 * Builds a run at step 0 from `base`; `changes` are applied when their step is reached. A data set
 * not made from the config (a person's own series) can be passed in; the config still gives the
 * model, optimizer and seed.
 */
export function createSession(
  base: ExperimentConfig,
  changes: readonly LiveChange[] = [],
  dataset: SeqDataset = makeDataset(base),
): Session {
  const regression = dataset.targets.kind === 'regression';
  const model = createModel(
    {
      mode: MODE[base.cell],
      inputSize: dataset.inputSize,
      hiddenSize: base.hidden,
      numLayers: base.layers,
      bidirectional: base.bidirectional,
      bias: true,
      dropout: 0,
      outputSize: dataset.targets.kind === 'regression' ? dataset.targets.outSize : dataset.targets.classes,
      head: headFor(dataset),
      loss: regression ? 'mse' : 'ce',
    },
    base.seed,
  );
  if (base.recurrentScale !== null) scaleRecurrent(model.rnn, base.recurrentScale);
  const session: Session = {
    base,
    config: base,
    changes: [...changes].sort((a, b) => a.step - b.step),
    nextChange: 0,
    dataset,
    model,
    opt: createOptimizer(base, model),
    step: 0,
    batchesPerEpoch: Math.max(1, Math.ceil(dataset.train.length / base.batch)),
    last: { loss: NaN, gradNorm: NaN },
    imported: false,
    order: { epoch: -1, perm: new Int32Array(0) },
    batches: new Map(),
  };
  applyDueChanges(session);
  return session;
}

function applyParams(s: Session, set: LiveParams): void {
  const next = { ...s.config };
  if (set.lr !== undefined) next.lr = set.lr;
  if (set.clip !== undefined) next.clip = set.clip;
  if (set.momentum !== undefined) next.momentum = set.momentum;
  s.config = next;
  s.opt.lr = next.lr;
  if (s.opt.kind === 'sgd') s.opt.momentum = next.momentum;
}

/** Applies every recorded change whose step has been reached. */
export function applyDueChanges(s: Session): void {
  for (let c = s.changes[s.nextChange]; c !== undefined && c.step <= s.step; c = s.changes[++s.nextChange]) {
    applyParams(s, c.set);
  }
}

/** Changes hyperparameters now, recording the change so a replay makes it at the same step. */
export function setLive(s: Session, set: LiveParams): void {
  const change: LiveChange = { step: s.step, set };
  // Changes not yet reached (from a replayed link) stay after this one.
  s.changes.splice(s.nextChange, 0, change);
  s.nextChange++;
  applyParams(s, set);
}

/** The training-sample indices of step `step`'s mini-batch (a view; do not keep). */
function batchIndices(s: Session, step: number): Int32Array {
  const epoch = Math.floor(step / s.batchesPerEpoch);
  if (s.order.epoch !== epoch) {
    const p = permutation(s.dataset.train.length, createRng(epochSeed(s.base.seed, epoch)));
    for (let i = 0; i < p.length; i++) p[i] = s.dataset.train[p[i] ?? 0] ?? 0;
    s.order = { epoch, perm: p };
  }
  const k = step % s.batchesPerEpoch;
  const B = s.base.batch;
  return s.order.perm.subarray(k * B, Math.min((k + 1) * B, s.order.perm.length));
}

/** One optimizer step on the next mini-batch; returns the batch loss and pre-clip gradient norm. */
export function trainOne(s: Session): TrainStepResult {
  applyDueChanges(s);
  const idx = batchIndices(s, s.step);
  const batch = gatherBatch(s.dataset, idx, s.batches.get(idx.length));
  s.batches.set(idx.length, batch);
  const c = s.config;
  const opts = {
    ...(c.clip !== null ? { clip: c.clip } : {}),
    ...(c.truncation !== null ? { truncation: c.truncation } : {}),
  };
  const r = trainStep(s.model, s.opt, batch, opts);
  s.step++;
  s.last = r;
  return r;
}

/** Completed passes over the training samples, fractional. */
export function epochOf(s: Session): number {
  return s.step / s.batchesPerEpoch;
}
