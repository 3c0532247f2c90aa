/**
 * What every task (data set generator) returns. Tasks are pure functions of their options and a
 * seed; the model, the worker and the panels only see this shape.
 */

/** How the inputs map to outputs — the diagrams of the architecture lesson. */
export type Arrangement =
  /** one output after the whole sequence (e.g. sine next value, word completion, sentiment) */
  | 'many-to-one'
  /** one output per input step (e.g. next-character prediction, delayed reversal) */
  | 'many-to-many'
  /** one input (at t = 0, zeros after) and an output per step (e.g. generation from a start letter) */
  | 'one-to-many';

/** Regression targets: real vectors. */
export type RegressionTargets = Readonly<{
  kind: 'regression';
  /** [n, outSize] for many-to-one, [n, T, outSize] otherwise; row-major */
  y: Float64Array;
  outSize: number;
}>;

/** Classification targets: class indices; -1 means "no target at this step" (ignored by the loss). */
export type ClassTargets = Readonly<{
  kind: 'classes';
  /** [n] for many-to-one, [n, T] otherwise */
  y: Int32Array;
  classes: number;
  /** human-readable name of each class (letters, words, digits) */
  labels: readonly string[];
}>;

/**
 * The whole series a windowed regression task was cut from, kept so the UI can draw the lecture's
 * picture (noisy data, the model's prediction, the true curve) on one axis.
 */
export type SeriesInfo = Readonly<{
  /** abscissa of each point, [points] (radians for the sine task, 0..points-1 for a person's series) */
  x: Float64Array;
  /** the observed series the windows are cut from, in original units, [points] */
  values: Float64Array;
  /** the noise-free curve when it is known (sin x for the sine task), [points] */
  clean?: Float64Array;
  /**
   * Series index of sample 0's target: sample i predicts `values[firstTarget + i]`, so the
   * predictions line up with the series at `x[firstTarget + i]`.
   */
  firstTarget: number;
}>;

/**
 * How inputs and regression targets were standardised: stored value z = (v - mean) / std, so a
 * prediction p is shown in original units as p * std + mean.
 */
export type Normalization = Readonly<{
  /** mean of the raw series, original units */
  mean: number;
  /** standard deviation of the raw series (1 when the series is constant), original units */
  std: number;
}>;

/** A complete, ready-to-train data set. */
export type SeqDataset = Readonly<{
  /** task id, e.g. 'sine' */
  task: string;
  arrangement: Arrangement;
  /** inputs, row-major [n, T, inputSize] (batch-first, like the lecture's `batch_first=True`) */
  x: Float64Array;
  n: number;
  T: number;
  inputSize: number;
  targets: RegressionTargets | ClassTargets;
  /** labels of one-hot input positions (the vocabulary) when inputs are one-hot symbols */
  inputLabels?: readonly string[];
  /** indices into 0..n-1 held out for validation (may be empty) */
  heldOut: Int32Array;
  /** indices used for training */
  train: Int32Array;
  /** the options the data set was made with, defaults filled in (for the URL and the Code panel) */
  options?: Readonly<Record<string, number>>;
  /** each sample as a person reads it, e.g. "lov → e" or "I ___ a boy → am", [n] */
  sampleText?: readonly string[];
  /** the source series of a windowed regression task (sine, a person's own series) */
  series?: SeriesInfo;
  /** present when inputs and targets were standardised; convert predictions back with it */
  normalization?: Normalization;
}>;
