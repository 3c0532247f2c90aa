/**
 * What a race is made of — its settings, the default race and the checks a config from outside
 * (a message, a link) must pass. Kept free of the engine's numeric code so the store can hold a
 * race config and the lab's presets without pulling the engine into the page's first JS chunk.
 */
import type { GateInit, LabCell } from './labModel.ts';

/** Everything a race depends on; the same config gives the same race, number for number. */
export type RaceConfig = Readonly<{
  /** the contestants, one model each */
  cells: readonly LabCell[];
  /** steps between the symbol and the answer; sequences are distance + 1 long */
  distance: number;
  /** number of symbols k; chance accuracy is 1/k */
  symbols: number;
  /** standard deviation of the input noise after t = 0 */
  noise: number;
  /** sequences in the data set (20 % held out for scoring) */
  count: number;
  /** hidden_size of every model */
  hidden: number;
  /** Adam learning rate */
  lr: number;
  /** mini-batch size */
  batch: number;
  /** clip_grad_norm max norm; null = no clipping */
  clip: number | null;
  /** how the gated cells start (see labModel.ts) */
  gateInit: GateInit;
  /** held-out accuracy that counts as solved, in (0, 1] */
  target: number;
  /** the race ends after this many steps even if a racer has not finished */
  maxSteps: number;
  /** steps between two held-out evaluations */
  evalEvery: number;
  /** seed of the data, every model's initial weights and the batch order */
  seed: number;
}>;

/** The race the "LSTM fixes it" preset runs (seed 2: see the engine test for what it measures). */
export const DEFAULT_RACE: RaceConfig = {
  cells: ['rnn_tanh', 'lstm', 'gru'],
  distance: 30,
  symbols: 8,
  noise: 0.3,
  count: 512,
  hidden: 16,
  lr: 0.01,
  batch: 32,
  clip: 1,
  gateInit: 'open',
  target: 0.9,
  maxSteps: 400,
  evalEvery: 25,
  seed: 2,
};

/** The distances the lab sweeps by default (steps between the symbol and the answer). */
export const SWEEP_DISTANCES: readonly number[] = [5, 10, 20, 30, 40];

/** Chance accuracy of a race: 1/k. */
export function chanceOf(config: RaceConfig): number {
  return 1 / config.symbols;
}

/** The result of `checkRaceConfig`: the config, or the first field at fault and why. */
export type RaceConfigCheck = Readonly<{ ok: true; config: RaceConfig }> | Readonly<{ ok: false; field: string; message: string }>;

const CELLS: readonly string[] = ['rnn_tanh', 'rnn_relu', 'lstm', 'gru'];

/** Inclusive ranges of the numeric fields (the UI's slider bounds come from here too). */
export const RACE_RANGES = {
  distance: { min: 2, max: 100, integer: true },
  symbols: { min: 2, max: 8, integer: true },
  noise: { min: 0, max: 0.5, integer: false },
  count: { min: 16, max: 2000, integer: true },
  hidden: { min: 1, max: 64, integer: true },
  lr: { min: 1e-5, max: 1, integer: false },
  batch: { min: 1, max: 256, integer: true },
  target: { min: 0.01, max: 1, integer: false },
  maxSteps: { min: 1, max: 20000, integer: true },
  evalEvery: { min: 1, max: 1000, integer: true },
  seed: { min: 0, max: 2 ** 31 - 1, integer: true },
} as const;

/** Checks an untrusted race config (e.g. from a message): every field present and in range. */
export function checkRaceConfig(value: unknown): RaceConfigCheck {
  if (typeof value !== 'object' || value === null) return { ok: false, field: '', message: 'race config must be an object' };
  const v = value as Record<string, unknown>;
  const cells = v.cells;
  if (!Array.isArray(cells) || cells.length === 0 || cells.length > 4 || !cells.every((c) => CELLS.includes(c as string))) {
    return { ok: false, field: 'cells', message: `cells must be 1 to 4 of ${CELLS.join(', ')}` };
  }
  for (const [field, r] of Object.entries(RACE_RANGES)) {
    const x = v[field];
    if (typeof x !== 'number' || !(x >= r.min && x <= r.max) || (r.integer && !Number.isInteger(x))) {
      return { ok: false, field, message: `${field} must be ${r.integer ? 'an integer' : 'a number'} from ${r.min} to ${r.max} (got ${String(x)})` };
    }
  }
  const clip = v.clip;
  if (clip !== null && !(typeof clip === 'number' && clip > 0 && Number.isFinite(clip))) {
    return { ok: false, field: 'clip', message: `clip must be a number > 0 or null (got ${String(clip)})` };
  }
  if (v.gateInit !== 'pytorch' && v.gateInit !== 'open') return { ok: false, field: 'gateInit', message: "gateInit must be 'pytorch' or 'open'" };
  if ((v.count as number) * 0.2 < 1) return { ok: false, field: 'count', message: 'count must leave at least one held-out sequence' };
  return { ok: true, config: { ...(v as RaceConfig), cells: [...(cells as LabCell[])] } };
}
