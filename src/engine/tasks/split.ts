/**
 * Held-out splits. Every data set says which samples are for training and which are kept back to
 * show whether the model generalises. Two kinds:
 *
 * - `randomSplit` for sets of independent samples (sentences, symbol sequences): a seeded shuffle.
 * - `tailSplit` for windows cut from one series: neighbouring windows share all but one point, so a
 *   random split would hold out near-copies of training windows; holding out the last stretch
 *   asks the honest question "can it continue the series?".
 */
import { createRng, permutation } from '../rng.ts';

/** Sample indices for training and for validation; both ascending, together 0..n-1 exactly once. */
export type Split = Readonly<{
  /** indices used for training, ascending */
  train: Int32Array;
  /** indices held out for validation, ascending (may be empty) */
  heldOut: Int32Array;
}>;

/**
 * Mixed into the task seed so the split has its own random stream: changing the held-out fraction
 * never changes the data, and the data's draws never shift the split.
 */
const SPLIT_SALT = 0x5eed5;

/**
 * How many samples a fraction holds out: round(n * fraction), but at least 1 when the fraction is
 * positive and at most n - 1, so neither side is empty by accident.
 */
export function heldOutCount(n: number, fraction: number): number {
  if (fraction <= 0 || n < 2) return 0;
  return Math.min(n - 1, Math.max(1, Math.round(n * fraction)));
}

function fromMask(n: number, held: Uint8Array): Split {
  const train: number[] = [];
  const heldOut: number[] = [];
  for (let i = 0; i < n; i++) (held[i] ? heldOut : train).push(i);
  return { train: Int32Array.from(train), heldOut: Int32Array.from(heldOut) };
}

/** Holds out `heldOutCount(n, fraction)` samples chosen by a seeded shuffle. */
export function randomSplit(n: number, fraction: number, seed: number): Split {
  const k = heldOutCount(n, fraction);
  const held = new Uint8Array(n);
  if (k > 0) {
    const order = permutation(n, createRng((seed ^ SPLIT_SALT) | 0));
    for (let i = 0; i < k; i++) held[order[i]] = 1;
  }
  return fromMask(n, held);
}

/** Holds out the last `heldOutCount(n, fraction)` samples (the end of a series). */
export function tailSplit(n: number, fraction: number): Split {
  const k = heldOutCount(n, fraction);
  const held = new Uint8Array(n);
  for (let i = n - k; i < n; i++) held[i] = 1;
  return fromMask(n, held);
}
