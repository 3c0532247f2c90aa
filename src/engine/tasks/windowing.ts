/**
 * Windowing: turning one long series into (window → next value) training pairs, the step every
 * time-series lecture does by hand. Slide a window of `window` points one step at a time; the
 * target is the value `horizon` steps after the window. A series of 1000 points with windows of
 * 10 gives 1000 - 10 = 990 pairs (x = points 1..10, y = point 11; then 2..11 → 12; …).
 *
 * `makeSeriesTask` wraps a person's own series (from `parseSeriesCsv`) as a data set.
 */
import { checkOption, intRange, realRange, resolveOptions } from './options.ts';
import type { OptionRange, OptionSpec } from './options.ts';
import { tailSplit } from './split.ts';
import type { Normalization, SeqDataset } from './types.ts';

/** Windows of a series and the value each predicts. */
export type Windows = Readonly<{
  /** windows, row-major [n, window] (= [n, window, 1] with one input feature) */
  x: Float64Array;
  /** the value `horizon` steps after each window, [n] */
  y: Float64Array;
  /** number of pairs: series.length - window - horizon + 1 */
  n: number;
}>;

/**
 * Cuts `series` into overlapping windows: x_i = series[i .. i+window-1],
 * y_i = series[i + window + horizon - 1]. Throws when the series is too short for one pair.
 */
export function windowSeries(series: Float64Array, window: number, horizon = 1): Windows {
  if (!Number.isInteger(window) || window < 1) {
    throw new Error(`windowSeries: window must be a positive integer (got ${window})`);
  }
  if (!Number.isInteger(horizon) || horizon < 1) {
    throw new Error(`windowSeries: horizon must be a positive integer (got ${horizon})`);
  }
  const n = series.length - window - horizon + 1;
  if (n < 1) {
    throw new Error(
      `windowSeries: a series of ${series.length} points is too short for window ${window} + horizon ${horizon}`,
    );
  }
  const x = new Float64Array(n * window);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x.set(series.subarray(i, i + window), i * window);
    y[i] = series[i + window + horizon - 1];
  }
  return { x, y, n };
}

/** Options of a person's own series. */
export type SeriesOptions = Readonly<{
  /** how many steps ahead the target lies (1 = the next value) */
  horizon: number;
  /** fraction of windows held out, taken from the end of the series */
  heldOut: number;
}>;

/** Fewest pairs worth training on; with fewer the loss curve says nothing. */
export const MIN_SERIES_PAIRS = 4;

/** Allowed window lengths of a person's series (then also limited by the series length). */
export const SERIES_WINDOW_RANGE = intRange(2, 200);

/** Defaults and ranges of the series options. */
export const SERIES_OPTIONS: OptionSpec<SeriesOptions> = {
  task: 'series',
  defaults: { horizon: 1, heldOut: 0.2 },
  ranges: { horizon: intRange(1, 50), heldOut: realRange(0, 0.5, 0.05) },
};

/** Mean and standard deviation of a series (std 1 for a constant series, so nothing divides by 0). */
export function normalizationOf(values: Float64Array): Normalization {
  let mean = 0;
  for (let i = 0; i < values.length; i++) mean += values[i];
  mean /= values.length;
  let v = 0;
  for (let i = 0; i < values.length; i++) v += (values[i] - mean) ** 2;
  const std = Math.sqrt(v / values.length);
  return { mean, std: std > 0 ? std : 1 };
}

/**
 * The allowed window lengths for a series of `count` values: 2..200, and short enough to leave
 * MIN_SERIES_PAIRS pairs. `max < min` means the series is too short for any window.
 */
export function seriesWindowRange(count: number, horizon = 1): OptionRange {
  const max = Math.min(SERIES_WINDOW_RANGE.max, count - horizon + 1 - MIN_SERIES_PAIRS);
  return intRange(SERIES_WINDOW_RANGE.min, max);
}

/**
 * A many-to-one regression data set from a person's own series. Values are standardised
 * (z = (v - mean) / std) because an RNN with tanh units and PyTorch-style initialisation expects
 * inputs of order 1 — a series of house prices in the hundreds of thousands would saturate
 * every unit. `normalization` lets the UI show predictions in the original units.
 *
 * The held-out windows are the last ones (see split.ts), so the split needs no randomness;
 * `_seed` is accepted so every task has the same `(…, seed)` shape. Throws when `window` is
 * outside `seriesWindowRange(values.length, horizon)` — the UI bounds its slider with that range.
 */
export function makeSeriesTask(
  values: Float64Array,
  window: number,
  _seed: number,
  options: Readonly<Partial<SeriesOptions>> = {},
): SeqDataset {
  const o = resolveOptions(SERIES_OPTIONS, options);
  const range = seriesWindowRange(values.length, o.horizon);
  if (range.max < range.min) {
    throw new Error(
      `series: ${values.length} values are too few; at least ${range.min + o.horizon - 1 + MIN_SERIES_PAIRS} are needed.`,
    );
  }
  checkOption('series', 'window', window, range);
  const norm = normalizationOf(values);
  const z = values.map((v) => (v - norm.mean) / norm.std);
  const w = windowSeries(z, window, o.horizon);
  const split = tailSplit(w.n, o.heldOut);
  return {
    task: 'series',
    arrangement: 'many-to-one',
    x: w.x,
    n: w.n,
    T: window,
    inputSize: 1,
    targets: { kind: 'regression', y: w.y, outSize: 1 },
    train: split.train,
    heldOut: split.heldOut,
    options: { window, ...o },
    series: {
      x: Float64Array.from(values, (_, i) => i),
      values: Float64Array.from(values),
      firstTarget: window + o.horizon - 1,
    },
    normalization: norm,
  };
}
