/**
 * The model a lesson trains: a recurrent module (`rnn`, always batch_first like the lecture)
 * followed by a Linear head (`fc`), with a loss — and the training step around it.
 *
 * head 'last' = many-to-one, the lecture's `fc(out[:, -1, :])`; head 'each' = many-to-many,
 * the Linear applied to every time step. Parameters carry PyTorch's module prefixes
 * (`rnn.weight_ih_l0`, …, `fc.weight`, `fc.bias`) so a state dict round-trips with
 * `model.state_dict()` of the equivalent PyTorch module.
 */
import { createRng, type Rng } from './rng.ts';
import { assertFinite, assertOneOf, assertPositiveInt, assertShape, EngineError } from './errors.ts';
import { createRecurrent, directions, type Recurrent, type RecurrentMode } from './recurrentConfig.ts';
import {
  recurrentBackward, recurrentForward,
  type RecurrentBackwardOptions, type RecurrentForwardOptions, type RecurrentPass,
} from './recurrent.ts';
import { createLinear, linearBackward, linearForward, type Linear } from './layers.ts';
import { crossEntropyLoss, mseLoss, type LossName } from './loss.ts';
import { clipGradNorm, optimizerStep, optimizerStepWithNorm, type Optimizer } from './optim.ts';

/** Which time steps the head reads. */
export type HeadKind = 'last' | 'each';

/** Everything that defines a model's architecture (the lesson presets and the URL hold this). */
export type ModelConfig = Readonly<{
  mode: RecurrentMode;
  inputSize: number;
  hiddenSize: number;
  numLayers: number;
  bidirectional: boolean;
  bias: boolean;
  /** dropout between recurrent layers while training */
  dropout: number;
  /** regression outputs per prediction, or the number of classes for 'ce' */
  outputSize: number;
  head: HeadKind;
  loss: LossName;
}>;

/** A model as plain data. `params`/`grads` hold the same arrays as `rnn` and `fc`, prefixed. */
export type Model = {
  config: ModelConfig;
  /** the seed the weights were drawn from (dropout masks use a stream derived from it) */
  seed: number;
  rnn: Recurrent;
  fc: Linear;
  /** all parameter names in PyTorch's `named_parameters()` order: rnn.* then fc.* */
  names: readonly string[];
  shapes: Readonly<Record<string, readonly number[]>>;
  params: Record<string, Float64Array>;
  grads: Record<string, Float64Array>;
};

/**
 * A mini-batch, batch-first. x: [B, T, inputSize]. y for 'mse': Float64Array [B, outputSize]
 * (head 'last') or [B, T, outputSize] ('each'); for 'ce': Int32Array class indices [B] or
 * [B, T], −1 = no target.
 */
export type Batch = {
  x: Float64Array;
  B: number;
  T: number;
  y: Float64Array | Int32Array;
};

/** Options of a training step. */
export type TrainStepOptions = {
  /** clip_grad_norm_ max norm; omitted = no clipping */
  clip?: number;
  /** truncated BPTT chunk length (see recurrent.ts); omitted = full BPTT */
  truncation?: number;
  /** dropout mask source; defaults to the model's own stream */
  rng?: Rng;
};

/** What one training step reports. */
export type TrainStepResult = {
  /** the batch loss before the update */
  loss: number;
  /** total L2 norm of all gradients before clipping (what clip_grad_norm_ returns) */
  gradNorm: number;
};

/** Buffers and reusable option objects of the head, per (slot, batch, T): nothing allocated per step. */
type HeadWorkspace = {
  slot: string;
  B: number;
  T: number;
  /** head output, [B, outputSize] ('last') or [B·T, outputSize] ('each') */
  pred: Float64Array;
  /** dL/dpred, same shape */
  dPred: Float64Array;
  /** dL/d(recurrent output), [B, T, D·H] */
  dOutput: Float64Array;
  /** the recurrent pass of the last forward through this workspace */
  pass: RecurrentPass | null;
  /** the loss of the last `backprop` through this workspace */
  loss: number;
  fwdOpts: RecurrentForwardOptions;
  bwdOpts: RecurrentBackwardOptions;
};

const headCache = new WeakMap<Model, HeadWorkspace[]>();
const dropoutRngs = new WeakMap<Model, Rng>();

/** Throws an EngineError naming the first invalid field. */
export function validateModelConfig(config: ModelConfig): void {
  assertPositiveInt('output_size', config.outputSize);
  assertOneOf('head', config.head, ['last', 'each'] as const);
  assertOneOf('loss', config.loss, ['mse', 'ce'] as const);
  if (config.loss === 'ce' && config.outputSize < 2) {
    throw new EngineError(`output_size must be ≥ 2 classes for loss 'ce', got ${config.outputSize}`);
  }
}

/** Builds a model with PyTorch's initialisation from one seed: rnn parameters first, then fc. */
export function createModel(config: ModelConfig, seed: number): Model {
  validateModelConfig(config);
  const rng = createRng(seed);
  const rnn = createRecurrent({
    mode: config.mode, inputSize: config.inputSize, hiddenSize: config.hiddenSize,
    numLayers: config.numLayers, bias: config.bias, batchFirst: true,
    dropout: config.dropout, bidirectional: config.bidirectional,
  }, rng);
  const fc = createLinear(directions(rnn.config) * config.hiddenSize, config.outputSize, rng);
  const names: string[] = [];
  const shapes: Record<string, readonly number[]> = {};
  const params: Record<string, Float64Array> = {};
  const grads: Record<string, Float64Array> = {};
  const mods = [['rnn', rnn], ['fc', fc]] as const;
  let total = 0;
  for (const [, mod] of mods) for (const n of mod.names) total += mod.params[n].length;
  // All parameters live in one buffer and all gradients in another, each tensor a view in
  // `names` order: the optimizer (optim.ts) then updates everything, and sums the gradient norm,
  // in one loop. The modules hold the same views, so rnn.params and params still agree.
  const flatParams = new Float64Array(total);
  const flatGrads = new Float64Array(total);
  let o = 0;
  for (const [prefix, mod] of mods) {
    for (const n of mod.names) {
      const len = mod.params[n].length;
      const p = flatParams.subarray(o, o + len);
      p.set(mod.params[n]);
      mod.params[n] = p;
      mod.grads[n] = flatGrads.subarray(o, o + len);
      o += len;
      const key = `${prefix}.${n}`;
      names.push(key);
      shapes[key] = mod.shapes[n];
      params[key] = mod.params[n];
      grads[key] = mod.grads[n];
    }
  }
  return { config, seed, rnn, fc, names, shapes, params, grads };
}

function headWorkspace(model: Model, B: number, T: number, slot: string): HeadWorkspace {
  let list = headCache.get(model);
  if (list === undefined) {
    list = [];
    headCache.set(model, list);
  }
  // Indexed loops here and in passFor: these run once per step, and a for…of allocates an
  // iterator whenever V8 has not optimised the caller yet.
  for (let i = 0; i < list.length; i++) {
    const ws = list[i];
    if (ws.B === B && ws.T === T && ws.slot === slot) return ws;
  }
  // Same policy as the recurrent passes (recurrentPass.ts): a few shapes, oldest evicted first.
  if (list.length >= 6) list.shift();
  const rows = model.config.head === 'last' ? B : B * T;
  const O = model.config.outputSize;
  const ws: HeadWorkspace = {
    slot, B, T,
    pred: new Float64Array(rows * O),
    dPred: new Float64Array(rows * O),
    dOutput: new Float64Array(B * T * model.fc.inFeatures),
    pass: null,
    loss: NaN,
    fwdOpts: { slot, training: false, rng: undefined },
    bwdOpts: { inputGrad: false, truncation: Infinity },
  };
  list.push(ws);
  return ws;
}

function checkBatch(model: Model, batch: Batch): void {
  const { B, T } = batch;
  const cfg = model.config;
  assertPositiveInt('batch.B', B);
  assertPositiveInt('batch.T', T);
  assertShape('batch.x', batch.x, '(batch, seq, input_size)', B, T, cfg.inputSize);
  const each = cfg.head === 'each';
  if (cfg.loss === 'ce') {
    if (!(batch.y instanceof Int32Array)) {
      throw new EngineError(`batch.y: expected Int32Array class indices for loss 'ce', got ${batch.y.constructor.name}`);
    }
    if (each) assertShape('batch.y', batch.y, '(batch, seq)', B, T);
    else assertShape('batch.y', batch.y, '(batch)', B);
    for (let i = 0; i < batch.y.length; i++) {
      const c = batch.y[i];
      if (c !== -1 && !(c >= 0 && c < cfg.outputSize)) {
        throw new EngineError(`batch.y: class index must be -1 or in [0, ${cfg.outputSize}), got ${c} at index ${i}`);
      }
    }
  } else {
    if (!(batch.y instanceof Float64Array)) {
      throw new EngineError(`batch.y: expected Float64Array targets for loss 'mse', got ${batch.y.constructor.name}`);
    }
    const O = cfg.outputSize;
    if (each) assertShape('batch.y', batch.y, '(batch, seq, output_size)', B, T, O);
    else assertShape('batch.y', batch.y, '(batch, output_size)', B, O);
    assertFinite('batch.y', batch.y);
  }
}

/** Shared forward: recurrent pass then head; returns the head workspace (pred filled). */
function runForward(model: Model, x: Float64Array, B: number, T: number, training: boolean, slot: string, rng: Rng | undefined): HeadWorkspace {
  const ws = headWorkspace(model, B, T, slot);
  ws.fwdOpts.training = training;
  ws.fwdOpts.rng = training ? (rng ?? modelRng(model)) : undefined;
  const pass = recurrentForward(model.rnn, x, B, T, ws.fwdOpts);
  ws.pass = pass;
  const F = model.fc.inFeatures;
  if (model.config.head === 'last') linearForward(model.fc, B, pass.output, (T - 1) * F, T * F, ws.pred);
  else linearForward(model.fc, B * T, pass.output, 0, F, ws.pred);
  return ws;
}

function modelRng(model: Model): Rng {
  let r = dropoutRngs.get(model);
  if (r === undefined) {
    // A stream separate from the initialisation's, still a pure function of the seed.
    r = createRng((model.seed ^ 0x5bd1e995) >>> 0);
    dropoutRngs.set(model, r);
  }
  return r;
}

/**
 * Predictions for x ([B, T, inputSize]) in eval mode (no dropout): [B, outputSize] for head
 * 'last', [B, T, outputSize] for 'each' — logits for 'ce'. Returns a fresh copy.
 */
export function predict(model: Model, x: Float64Array, B: number, T: number): Float64Array {
  return runForward(model, x, B, T, false, 'eval', undefined).pred.slice();
}

function lossOf(model: Model, ws: HeadWorkspace, batch: Batch, withGrad: boolean): number {
  const rows = model.config.head === 'last' ? batch.B : batch.B * batch.T;
  const O = model.config.outputSize;
  const grad = withGrad ? ws.dPred : null;
  return model.config.loss === 'ce'
    ? crossEntropyLoss(ws.pred, batch.y as Int32Array, rows, O, grad)
    : mseLoss(ws.pred, batch.y as Float64Array, rows * O, grad);
}

/** The batch loss in eval mode, without gradients (e.g. the full-data MSE of a chart). */
export function evaluateLoss(model: Model, batch: Batch): number {
  checkBatch(model, batch);
  const ws = runForward(model, batch.x, batch.B, batch.T, false, 'eval', undefined);
  return lossOf(model, ws, batch, false);
}

/** Where `backprop` writes gradients, and how it runs. */
export type BackpropTarget = {
  /** gradient records of the rnn (unprefixed keys) and fc (`weight`, `bias`) */
  rnnGrads: Record<string, Float64Array>;
  fcGrads: Record<string, Float64Array>;
  /** workspace slot (see `RecurrentForwardOptions.slot`) */
  slot: string;
  /** dropout on (training) or off */
  training: boolean;
  truncation: number;
  rng: Rng | undefined;
};

/**
 * The loss and the buffers of one forward + backward, for callers that read more (the trace).
 * Workspace memory: valid until the next pass through the same slot and shape.
 */
export type BackpropResult = Readonly<{
  loss: number;
  /** the recurrent pass: caches and dL/dh filled */
  pass: RecurrentPass | null;
  /** head outputs: [B, outputSize] ('last') or [B·T, outputSize] ('each') */
  pred: Float64Array;
}>;

/**
 * Forward and backward of `batch`, accumulating gradients into `target`'s records (not zeroed
 * here). `lossAndGrad` is this with the model's own gradients; the trace uses scratch ones.
 */
export function backprop(model: Model, batch: Batch, target: BackpropTarget): BackpropResult {
  checkBatch(model, batch);
  const { B, T } = batch;
  const ws = runForward(model, batch.x, B, T, target.training, target.slot, target.rng);
  const pass = ws.pass as RecurrentPass;
  const loss = lossOf(model, ws, batch, true);
  const F = model.fc.inFeatures;
  if (model.config.head === 'last') {
    // Only the last step feeds the head: its rows of dOutput get dy·W, the rest stay zero.
    ws.dOutput.fill(0);
    linearBackward(model.fc, B, pass.output, (T - 1) * F, T * F, ws.dPred, target.fcGrads,
      ws.dOutput, (T - 1) * F, T * F);
  } else {
    linearBackward(model.fc, B * T, pass.output, 0, F, ws.dPred, target.fcGrads, ws.dOutput, 0, F);
  }
  ws.bwdOpts.truncation = target.truncation;
  recurrentBackward(model.rnn, pass, target.rnnGrads, ws.dOutput, ws.bwdOpts);
  ws.loss = loss;
  return ws;
}

/**
 * Forward in training mode and backward: zeroes `model.grads`, then fills them with dL/dθ for
 * this batch. Returns the loss.
 */
export function lossAndGrad(model: Model, batch: Batch, opts: TrainStepOptions = {}): number {
  for (let i = 0; i < model.names.length; i++) model.grads[model.names[i]].fill(0);
  let target = trainTargets.get(model);
  if (target === undefined) {
    target = {
      rnnGrads: model.rnn.grads, fcGrads: model.fc.grads, slot: 'train', training: true,
      truncation: Infinity, rng: undefined,
    };
    trainTargets.set(model, target);
  }
  target.truncation = opts.truncation ?? Infinity;
  target.rng = opts.rng;
  return backprop(model, batch, target).loss;
}

/** `lossAndGrad`'s backprop target per model, reused so that a training step allocates nothing. */
const trainTargets = new WeakMap<Model, BackpropTarget>();

/**
 * One optimisation step: loss and gradients, optional clip_grad_norm_, optimizer update.
 * Returns the loss before the update and the pre-clip gradient norm.
 */
export function trainStep(model: Model, opt: Optimizer, batch: Batch, opts: TrainStepOptions = {}): TrainStepResult {
  const loss = lossAndGrad(model, batch, opts);
  if (opts.clip === undefined) return { loss, gradNorm: optimizerStepWithNorm(opt, model.params, model.grads) };
  const norm = clipGradNorm(model.grads, model.names, opts.clip);
  optimizerStep(opt, model.params, model.grads);
  return { loss, gradNorm: norm };
}
