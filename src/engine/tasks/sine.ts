/**
 * The lecture's default task: predict the next value of a noisy sine wave.
 *
 * As in the lecture's PyTorch code: x = linspace(-2π, 2π, 100), y = sin x + 0.1·N(0, 1), windows
 * of n_time = 10 consecutive y values predict the 11th, giving 100 - 10 = 90 samples shaped
 * [90, 10, 1] (batch_first) with targets [90, 1]. The lecture trains on all 90, so by default
 * nothing is held out.
 *
 * The noise is drawn from `createRng(seed).normal()` in index order, which is exactly the shared
 * benchmark's `makeDataset` for seed 1234: the same numbers appear in the app, the tests and the
 * PyTorch comparison.
 */
import { createRng } from '../rng.ts';
import { intRange, realRange, resolveOptions } from './options.ts';
import type { OptionSpec } from './options.ts';
import { tailSplit } from './split.ts';
import type { SeqDataset } from './types.ts';
import { windowSeries } from './windowing.ts';

/** Options of the sine task. */
export type SineOptions = Readonly<{
  /** number of grid points on [-2π, 2π] (the lecture: 100) */
  points: number;
  /** window length, the lecture's `n_time` (10): time steps per sample */
  nTime: number;
  /** standard deviation of the added Gaussian noise (the lecture: 0.1) */
  noise: number;
  /** fraction of windows held out from the end of the curve (the lecture: 0) */
  heldOut: number;
}>;

/** Defaults (the lecture's) and allowed ranges of the sine options. */
export const SINE_OPTIONS: OptionSpec<SineOptions> = {
  task: 'sine',
  defaults: { points: 100, nTime: 10, noise: 0.1, heldOut: 0 },
  ranges: {
    points: intRange(20, 1000),
    nTime: intRange(2, 50),
    noise: realRange(0, 1, 0.01),
    heldOut: realRange(0, 0.5, 0.05),
  },
  cross: (o) =>
    o.points - o.nTime < 10
      ? {
          option: 'nTime',
          message: `sine: nTime must be at most points - 10 = ${o.points - 10} so there are at least 10 windows (got nTime ${o.nTime}, points ${o.points}).`,
        }
      : null,
};

/** The i-th of `points` evenly spaced values from -2π to 2π inclusive (torch.linspace). */
export function sineGridPoint(i: number, points: number): number {
  return -2 * Math.PI + (4 * Math.PI * i) / (points - 1);
}

/**
 * Makes the noisy-sine data set: n = points - nTime windows, x [n, nTime, 1], targets [n, 1]
 * (the value right after each window), plus the full curve in `series` for the picture.
 */
export function makeSine(options: Readonly<Partial<SineOptions>>, seed: number): SeqDataset {
  const o = resolveOptions(SINE_OPTIONS, options);
  const rng = createRng(seed);
  const x = new Float64Array(o.points);
  const clean = new Float64Array(o.points);
  const noisy = new Float64Array(o.points);
  for (let i = 0; i < o.points; i++) {
    x[i] = sineGridPoint(i, o.points);
    clean[i] = Math.sin(x[i]);
    // Drawn even when noise = 0, so the stream (and the benchmark match) does not depend on it.
    noisy[i] = clean[i] + o.noise * rng.normal();
  }
  const w = windowSeries(noisy, o.nTime, 1);
  const split = tailSplit(w.n, o.heldOut);
  return {
    task: 'sine',
    arrangement: 'many-to-one',
    x: w.x,
    n: w.n,
    T: o.nTime,
    inputSize: 1,
    targets: { kind: 'regression', y: w.y, outSize: 1 },
    train: split.train,
    heldOut: split.heldOut,
    options: o,
    series: { x, values: noisy, clean, firstTarget: o.nTime },
  };
}
