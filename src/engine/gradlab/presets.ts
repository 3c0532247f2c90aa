/**
 * The lecturer's presets of the gradient lab: one click sets up a demonstration.
 *
 * - vanishing: a tanh RNN must carry a symbol 30 steps; ‖∂h_T/∂h_t‖ fades by ~1e-7 on the way.
 * - exploding: a relu RNN whose W_hh stretches vectors 3× (σ_max = 3) trained with plain SGD on
 *   the adding problem: the gradient grows geometrically with distance and the first updates
 *   throw the weights to infinity within a few steps.
 * - lstmFixes: the same memory task, and the race RNN vs LSTM vs GRU at distance 30.
 * - clippingFixes: the exploding setup with clip_grad_norm_(max_norm = 1): the update is capped
 *   and training survives.
 *
 * Why SGD for the exploding pair: Adam divides each step by a running RMS of the gradient, so an
 * exploding gradient barely changes its step; the classic demonstration (Pascanu, Mikolov &
 * Bengio 2013) and the reason clipping exists are about steps proportional to the gradient.
 *
 * `LabConfig` has the field names and value types of the worker's `ExperimentConfig`, so a preset
 * is passed to the store's `configure` as it is (a type test keeps the two in step).
 */
import type { LabCell } from './labModel.ts';
import { DEFAULT_RACE, type RaceConfig } from './raceConfig.ts';

/** A complete main-run experiment, in the worker's `ExperimentConfig` terms. */
export type LabConfig = Readonly<{
  /** task id of the engine's registry ('first-symbol' or 'adding' here) */
  task: string;
  /** the task's options, explicit (they win over `seqLen`) */
  taskOptions: Readonly<Record<string, number>>;
  cell: LabCell;
  layers: number;
  hidden: number;
  bidirectional: boolean;
  /** sequence length where the task takes it from the config; kept equal to the task's T */
  seqLen: number;
  batch: number;
  optimizer: 'adam' | 'sgd';
  lr: number;
  momentum: number;
  clip: number | null;
  truncation: number | null;
  recurrentScale: number | null;
  seed: number;
}>;

/** The presets, in the order the lab shows them. */
export const LAB_PRESET_IDS = ['vanishing', 'exploding', 'lstmFixes', 'clippingFixes'] as const;

/** A preset id. */
export type LabPresetId = (typeof LAB_PRESET_IDS)[number];

/** What a preset does. */
export type LabPreset = Readonly<{
  id: LabPresetId;
  /** the main run's config */
  config: LabConfig;
  /** a race to start as well; null = none */
  race: RaceConfig | null;
}>;

/**
 * The memory task of the vanishing demonstration and the race: 8 symbols, distance 30, noise 0.3
 * (see race.ts for why), from the race's seed so the main run's RNN starts with the race RNN's
 * weights.
 */
const MEMORY: LabConfig = {
  task: 'first-symbol',
  taskOptions: { symbols: DEFAULT_RACE.symbols, distance: DEFAULT_RACE.distance, noise: DEFAULT_RACE.noise, count: DEFAULT_RACE.count },
  cell: 'rnn_tanh',
  layers: 1,
  hidden: DEFAULT_RACE.hidden,
  bidirectional: false,
  seqLen: DEFAULT_RACE.distance + 1,
  batch: DEFAULT_RACE.batch,
  optimizer: 'adam',
  lr: DEFAULT_RACE.lr,
  momentum: 0.9,
  clip: null,
  truncation: null,
  recurrentScale: null,
  seed: DEFAULT_RACE.seed,
};

/**
 * The exploding setup. Seed 2 is one whose W_hh, scaled to σ_max = 3, really stretches the
 * states it meets (‖∂h_T/∂h_0‖ ≈ 3e2 at init); σ_max only bounds the growth, and for another
 * seed the relu units that switch off can keep it far below the bound.
 */
const EXPLODING: LabConfig = {
  task: 'adding',
  taskOptions: { length: 30 },
  cell: 'rnn_relu',
  layers: 1,
  hidden: 32,
  bidirectional: false,
  seqLen: 30,
  batch: 32,
  optimizer: 'sgd',
  lr: 0.1,
  momentum: 0,
  clip: null,
  truncation: null,
  recurrentScale: 3,
  seed: 2,
};

/** Every preset by id. */
export const LAB_PRESETS: Readonly<Record<LabPresetId, LabPreset>> = {
  vanishing: { id: 'vanishing', config: MEMORY, race: null },
  exploding: { id: 'exploding', config: EXPLODING, race: null },
  lstmFixes: { id: 'lstmFixes', config: { ...MEMORY, cell: 'lstm' }, race: DEFAULT_RACE },
  clippingFixes: { id: 'clippingFixes', config: { ...EXPLODING, clip: 1 }, race: null },
};
