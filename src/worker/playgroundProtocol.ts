/**
 * The messages of the architectures playground's worker: a third worker beside the trainer and the
 * race, so the small live models behind the diagrams (word completion, character generation,
 * reversal, a person's own series) train without touching the main run or blocking the page.
 * One union each way, tagged by `type`, stamped with a version the receiver checks; `id` names the
 * job so answers to an older job can be dropped.
 */
import type { ExperimentConfig } from './config.ts';

/** Bumped on every incompatible change. */
export const PLAYGROUND_PROTOCOL_VERSION = 1;

type Msg<T extends string, P> = Readonly<{ v: typeof PLAYGROUND_PROTOCOL_VERSION; type: T; id: number } & P>;

/** What to feed the model when inspecting it: a sample of its data set, or a person's own input. */
export type InspectSource = Readonly<{ example: number }> | Readonly<{ x: Float64Array; T: number }>;

/** What the page asks of the playground worker. */
export type ToPlayground =
  /**
   * Builds a model and data set from `config` (or, with `series`, from a person's numbers windowed
   * by `config.seqLen`) and trains it for at most `maxSteps` steps, stopping early once the
   * training accuracy reaches `targetAccuracy` (classification only). Replaces any job in progress.
   */
  | Msg<'train', { config: ExperimentConfig; maxSteps: number; targetAccuracy: number; series: Float64Array | null }>
  /** Runs the trained model on one input and reports every time step; answered by `inspected`. */
  | Msg<'inspect', { source: InspectSource }>;

/** What the page needs to draw the data set; sent once a job's model exists. */
export type PlaygroundInfo = Readonly<{
  arrangement: 'many-to-one' | 'many-to-many' | 'one-to-many';
  kind: 'regression' | 'classes';
  n: number;
  T: number;
  inputSize: number;
  /** names of the one-hot input channels; null for real-valued inputs */
  inputLabels: readonly string[] | null;
  /** class names; null for regression */
  classLabels: readonly string[] | null;
  /** each sample as a person reads it, [n]; null when the task has none */
  sampleText: readonly string[] | null;
  /** layers × directions of the recurrent stack */
  layers: number;
  directions: number;
  hidden: number;
}>;

/** Everything the model did on one input, per time step. */
export type Inspection = Readonly<{
  T: number;
  /** the input rows, [T, inputSize] */
  x: Float64Array;
  /** hidden states of every layer and direction (index layer·D + direction), each [T, H] */
  h: readonly Float64Array[];
  /**
   * the head's output: class probabilities (softmax of the logits) or values, [T, out] when the
   * model answers at every step, [1, out] when only at the last
   */
  out: Float64Array;
  outRows: number;
  outSize: number;
  /** the sample's targets (class index, -1 = not scored; or value), [outRows]; null for a person's input */
  target: Float64Array | null;
  /** which sample it was; null for a person's input */
  example: number | null;
}>;

/** What the playground worker reports. */
export type FromPlayground =
  | Msg<'info', { info: PlaygroundInfo }>
  /** training progress; `done` on the last one of a job */
  | Msg<'progress', { step: number; maxSteps: number; loss: number; accuracy: number | null; done: boolean }>
  | Msg<'inspected', { inspection: Inspection }>
  /** a job or request failed; `message` is English, `code` lets the UI translate */
  | Msg<'error', { code: 'config' | 'series' | 'input' | 'diverged' | 'protocol'; message: string }>;
