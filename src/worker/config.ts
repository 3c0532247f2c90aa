/**
 * What one experiment is: task + model + optimiser + seed. Shared by the worker (which builds
 * the model from it), the store (which holds it), the URL codec (which shares it) and lesson
 * presets (which set parts of it). Everything a run depends on is here, so a config plus a step
 * count reproduces a run bit for bit.
 */

/** The recurrent cell, named as the UI says it (PyTorch mode in brackets). */
export type CellType =
  | 'rnn_tanh' // nn.RNN(nonlinearity='tanh')  (RNN_TANH)
  | 'rnn_relu' // nn.RNN(nonlinearity='relu')  (RNN_RELU)
  | 'lstm' // nn.LSTM (LSTM)
  | 'gru'; // nn.GRU (GRU)

/** All cell types, in the order controls show them. */
export const CELL_TYPES: readonly CellType[] = ['rnn_tanh', 'rnn_relu', 'lstm', 'gru'];

/** Optimisers the engine implements (PyTorch semantics). */
export type OptimizerId = 'adam' | 'sgd';

/** A complete experiment. */
export type ExperimentConfig = Readonly<{
  /** task id from the engine's task registry, e.g. 'sine' */
  task: string;
  /** task-specific knobs (e.g. { distance: 30 } for the memory task); validated by the task */
  taskOptions: Readonly<Record<string, number>>;
  cell: CellType;
  /** stacked recurrent layers (num_layers) */
  layers: number;
  /** hidden_size */
  hidden: number;
  bidirectional: boolean;
  /** sequence length / window (n_time) where the task allows choosing it */
  seqLen: number;
  /** mini-batch size */
  batch: number;
  optimizer: OptimizerId;
  /** learning rate */
  lr: number;
  /** SGD momentum (ignored by Adam) */
  momentum: number;
  /** clip_grad_norm max norm; null = no clipping */
  clip: number | null;
  /** truncated BPTT length in steps; null = full BPTT */
  truncation: number | null;
  /** spectral norm given to each recurrent matrix at init; null = PyTorch's default init */
  recurrentScale: number | null;
  /** seed of every random draw (init, data noise, shuffling, dropout) */
  seed: number;
}>;

/** The lecture's sine example: nn.RNN(1, 64, 2 layers) + Linear(64, 1), windows of 10, batch 8. */
export const DEFAULT_CONFIG: ExperimentConfig = {
  task: 'sine',
  taskOptions: {},
  cell: 'rnn_tanh',
  layers: 2,
  hidden: 64,
  bidirectional: false,
  seqLen: 10,
  batch: 8,
  optimizer: 'adam',
  lr: 0.002,
  momentum: 0.9,
  clip: null,
  truncation: null,
  recurrentScale: null,
  seed: 1234,
};

/** Inclusive valid range of each numeric field; the UI controls and the URL codec use these. */
export const CONFIG_RANGES = {
  layers: { min: 1, max: 4, integer: true },
  hidden: { min: 1, max: 256, integer: true },
  seqLen: { min: 2, max: 100, integer: true },
  batch: { min: 1, max: 128, integer: true },
  lr: { min: 1e-5, max: 1, integer: false },
  momentum: { min: 0, max: 0.999, integer: false },
  clip: { min: 0.01, max: 100, integer: false },
  truncation: { min: 1, max: 100, integer: true },
  recurrentScale: { min: 0.1, max: 3, integer: false },
  seed: { min: 0, max: 2 ** 31 - 1, integer: true },
} as const;

/** A numeric field with a range. */
export type RangedField = keyof typeof CONFIG_RANGES;

/**
 * The task option that `seqLen` sets, for tasks whose sequence length is a choice (the sine
 * window is the lecture's `n_time`). An explicit `taskOptions` value wins over `seqLen`.
 */
export const SEQ_LEN_OPTION: Readonly<Record<string, string>> = { sine: 'nTime', numbers: 'length', adding: 'length' };

/** Fields that can change in the middle of a run; every other change starts a new run. */
export const LIVE_FIELDS = ['lr', 'clip', 'momentum'] as const;

/** A field that can change mid-run. */
export type LiveField = (typeof LIVE_FIELDS)[number];
