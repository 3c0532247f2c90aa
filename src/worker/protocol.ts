/**
 * The only types the main thread and the training worker share: one union of requests
 * (`ToWorker`) and one of events (`FromWorker`), both tagged by `type`, both stamped with the
 * protocol version `v` that each side checks on arrival (see codec.ts). Training is a one-way
 * event stream, not RPC: `id` only pairs a request with the event that acknowledges it (a pause
 * with the snapshot taken after it, an export with its state dict, a failed import with its error).
 *
 * Large arrays (predictions, trace tensors, the data set's series) are typed arrays so the worker
 * can post them as Transferables instead of copying them.
 */
import type { CellType, ExperimentConfig } from './config.ts';
import type { TraceData } from './traceData.ts';

export type { TraceData } from './traceData.ts';

/** Bumped on every incompatible change; a message with another `v` is refused with an error event. */
export const PROTOCOL_VERSION = 1;

/** Hyperparameters that can change in the middle of a run without building a new model. */
export type LiveParams = Readonly<{
  /** learning rate */
  lr?: number;
  /** clip_grad_norm max norm; null turns clipping off */
  clip?: number | null;
  /** SGD momentum (Adam ignores it) */
  momentum?: number;
}>;

/**
 * A live hyperparameter change, applied before optimizer step `step + 1` runs (i.e. after `step`
 * steps). A run is fully described by its config, its changes and its step count, which is what
 * makes "replay to step N" reproduce the parameters bit for bit.
 */
export type LiveChange = Readonly<{ step: number; set: LiveParams }>;

type Msg<T extends string, P> = Readonly<{ v: typeof PROTOCOL_VERSION; type: T; id?: number } & P>;

/** Everything the main thread can ask of the worker. */
export type ToWorker =
  /**
   * Builds a fresh model and data set from `config` (every random draw from `config.seed`),
   * then replays `changes` and trains silently up to `toStep` optimizer steps, and stays paused.
   * Answered by `ready`, then snapshots (progress while replaying), the last one paused.
   */
  | Msg<'configure', { config: ExperimentConfig; changes: readonly LiveChange[]; toStep: number; focus: number | null }>
  /** Trains until paused; with `until`, pauses by itself after that many steps in total. */
  | Msg<'run', { until?: number }>
  /** Stops between two steps; acknowledged by a paused snapshot with the same `id`. */
  | Msg<'pause', Record<never, never>>
  /** Exactly one optimizer step, then a paused snapshot with the same `id`. */
  | Msg<'step', Record<never, never>>
  /** Fresh model from the current config and seed at step 0; live changes are folded into the config. */
  | Msg<'reset', Record<never, never>>
  /** Changes hyperparameters at the current step (recorded as a `LiveChange`). */
  | Msg<'setLive', { set: LiveParams }>
  /**
   * Makes sample `example` the focus example whose trace snapshots carry (null: no traces, which
   * saves their cost when no panel shows them); answered by a snapshot with the trace.
   */
  | Msg<'trace', { example: number | null }>
  /**
   * Replaces the parameters by a PyTorch-named state dict (JSON text); the run restarts at step 0
   * from these weights, with a fresh optimizer. `changes` and `toStep` replay a run that had
   * continued after an import (the client uses them to restore a crashed worker).
   */
  | Msg<'loadStateDict', { json: string; changes?: readonly LiveChange[]; toStep?: number }>
  /** Asks for the parameters as a PyTorch-named state dict; answered by `stateDict`. */
  | Msg<'exportStateDict', Record<never, never>>;

/** The series a windowed regression task was cut from (the lecture's picture), sent once per run. */
export type SeriesData = Readonly<{
  /** abscissa of every point, [points] (radians for sine) */
  x: Float64Array;
  /** observed (noisy) values, [points] */
  values: Float64Array;
  /** the noise-free curve when known (sin x), [points]; null otherwise */
  clean: Float64Array | null;
  /** sample i predicts values[firstTarget + i] */
  firstTarget: number;
}>;

/** What the UI needs to know about the data set of a run; sent with `ready`. */
export type DatasetInfo = Readonly<{
  task: string;
  arrangement: 'many-to-one' | 'many-to-many' | 'one-to-many';
  /** number of samples */
  n: number;
  /** time steps per sample */
  T: number;
  /** features per time step */
  inputSize: number;
  /** regression: real outputs per prediction; classes: number of classes */
  outSize: number;
  targetKind: 'regression' | 'classes';
  /** class names (classification only), [classes] */
  classLabels: readonly string[] | null;
  /** how a person reads each sample, [n]; null when the task has none */
  sampleText: readonly string[] | null;
  /** names of the one-hot input positions (letters, words), [inputSize]; absent or null for real-valued inputs */
  inputLabels?: readonly string[] | null;
  /** sample indices used for training and held out, ascending */
  train: Int32Array;
  heldOut: Int32Array;
  /** regression targets [n·outSize] or class targets (as numbers, -1 = none), [n] or [n, T] */
  targets: Float64Array;
  /** mini-batches in one epoch (the last may be partial) */
  batchesPerEpoch: number;
  /** the allowed seqLen of this task; null when the task fixes the length itself */
  seqLenRange: Readonly<{ min: number; max: number }> | null;
  series: SeriesData | null;
}>;

/** Sent after every configure, reset and weight import: the run exists and is at step `step`. */
export type ReadyEvent = Msg<
  'ready',
  {
    /** increases with every new run, so late snapshots of an old run can be dropped */
    runId: number;
    /** the config in force now */
    config: ExperimentConfig;
    /** the config at step 0 and the live changes since: with the step count, the whole run */
    base: ExperimentConfig;
    changes: readonly LiveChange[];
    dataset: DatasetInfo;
    /** trainable parameters (recurrent + head) */
    paramCount: number;
    /** whether the run started from imported weights rather than from the seed */
    imported: boolean;
  }
>;

/**
 * The model evaluated on the whole data set at one step (eval mode: no dropout, no gradients).
 * Costs a forward pass over every sample, so while running it is refreshed only as often as a
 * small share of the worker's time allows; paused snapshots always carry a fresh one.
 */
export type Evaluation = Readonly<{
  /** the step the parameters were at */
  step: number;
  /**
   * Mean loss over every training sample — MSE for regression, mean cross-entropy over the
   * counted targets for classes. A float64 that depends only on the parameters, so a replayed
   * link shows the same number bit for bit. This is "the loss" of the status and the chart.
   */
  loss: number;
  /** the same over the held-out samples; null when the task holds none out */
  heldOutLoss: number | null;
  /**
   * Outputs of the first `outputShape[0]` samples, row-major: the predicted value (regression) or
   * class probabilities (classes).
   */
  outputs: Float64Array;
  /** [samples, outSize] (many-to-one) or [samples, T, outSize] */
  outputShape: readonly number[];
}>;

/** The model behind a trace, for panels that print its equations with numbers. */
export type TraceModel = Readonly<{
  cell: CellType;
  /** which steps the Linear head reads: the last only (many-to-one) or every one */
  head: 'last' | 'each';
  loss: 'mse' | 'ce';
  /**
   * Copies of every parameter at the trace's step, by PyTorch name and in PyTorch's shape:
   * 'rnn.weight_ih_l0' [G·H, in], 'rnn.weight_hh_l0' [G·H, H], 'rnn.bias_ih_l0' [G·H], …,
   * 'fc.weight' [out, D·H], 'fc.bias' [out].
   */
  params: Readonly<Record<string, Float64Array>>;
}>;

/** The trace of the focus example at one step. */
export type TraceSnapshot = Readonly<{
  step: number;
  /** sample index in the data set */
  example: number;
  data: TraceData;
  /**
   * The model the trace was taken with: what the live equations print next to the trace's states.
   * Optional so senders that do not need it (tests, older workers) stay valid.
   */
  model?: TraceModel;
}>;

/** Where the run is; posted at most ~30 times a second while running, and after every request. */
export type Snapshot = Readonly<{
  runId: number;
  /** optimizer steps taken since the run started */
  step: number;
  /** completed passes over the training samples: step / batchesPerEpoch (fractional) */
  epoch: number;
  /** loss of the last mini-batch, before its update; NaN at step 0 */
  batchLoss: number;
  /** global L2 norm of the last step's gradient, before clipping; NaN at step 0 */
  gradNorm: number;
  /** learning rate in force */
  lr: number;
  /** optimizer steps per second over the last second of training; 0 when paused */
  stepsPerSec: number;
  /** whether the worker is training (false: nothing changes until asked) */
  running: boolean;
  /** set while a configure replays up to this step; null otherwise */
  replayingTo: number | null;
  /** a new full-data evaluation, or null when this snapshot has none (keep the previous one) */
  eval: Evaluation | null;
  /** a new trace of the focus example, or null (keep the previous one, if any) */
  trace: TraceSnapshot | null;
  /** the live change this snapshot acknowledges (answering `setLive`), with the step it took effect */
  change: LiveChange | null;
}>;

/** Everything the worker tells the main thread. */
export type FromWorker =
  | ReadyEvent
  | Msg<'snapshot', Snapshot>
  /**
   * The loss or a gradient became NaN/±Infinity at `step`: training stopped. The parameters are
   * those after step `step`; Reset (or a new configure) recovers.
   */
  | Msg<'diverged', { runId: number; step: number; what: 'loss' | 'gradient'; value: number }>
  /** A request failed or the worker hit a bug; `code` says which kind, `message` the details. */
  | Msg<'error', WorkerError>
  /** The answer to `exportStateDict`. */
  | Msg<'stateDict', { json: string; step: number }>;

/** Why a request failed. */
export type WorkerErrorCode =
  /** the message was not a valid request (wrong shape, unknown type) */
  | 'bad-message'
  /** the sender speaks another protocol version */
  | 'version'
  /** the config was rejected (field and allowed values in `message` / `field`) */
  | 'config'
  /** an imported state dict is not valid JSON, too large, or does not match the model */
  | 'import'
  /** a request that needs a model arrived before any configure */
  | 'no-model'
  /** anything else: a bug, with its stack */
  | 'internal';

/** An error as data: it crosses the boundary instead of killing the worker. */
export type WorkerError = Readonly<{
  code: WorkerErrorCode;
  /** the Error's class name, e.g. 'EngineError' */
  name: string;
  /** English details for logs and the "details" disclosure; the UI shows a translated summary */
  message: string;
  /** the config field at fault (code 'config'), when one is */
  field?: string;
  /** finer cause for codes the UI explains (code 'import': 'not-json', 'bad-shape', …) */
  reason?: string;
  stack?: string;
}>;
