/**
 * Test-side helpers for the task tests: independent readers of a data set's rows, written here
 * rather than imported from the code under test so the tests do not check the code against itself.
 */
import { expect } from 'vitest';
import type { SeqDataset } from '../../../src/engine/tasks/types.ts';

/** Input row (sample i, step t) as a plain array of length inputSize. */
export function row(ds: SeqDataset, i: number, t: number): number[] {
  const start = (i * ds.T + t) * ds.inputSize;
  return Array.from(ds.x.subarray(start, start + ds.inputSize));
}

/** Index of the 1 in a one-hot row, or -1 for an all-zero row; fails on anything else. */
export function hotIndex(r: readonly number[]): number {
  const ones = r.flatMap((v, j) => (v === 1 ? [j] : []));
  const zeros = r.filter((v) => v === 0).length;
  expect(ones.length + zeros).toBe(r.length);
  expect(ones.length).toBeLessThanOrEqual(1);
  return ones[0] ?? -1;
}

/** The input token at (i, t) read through the data set's own labels. */
export function tokenAt(ds: SeqDataset, i: number, t: number): string {
  const j = hotIndex(row(ds, i, t));
  return j < 0 ? '' : (ds.inputLabels?.[j] ?? '?');
}

/** Class targets of a data set (fails the test for regression). */
export function classTargets(ds: SeqDataset): Int32Array {
  if (ds.targets.kind !== 'classes') throw new Error(`${ds.task} has regression targets`);
  return ds.targets.y;
}

/** Class labels of a data set (fails the test for regression). */
export function classLabels(ds: SeqDataset): readonly string[] {
  if (ds.targets.kind !== 'classes') throw new Error(`${ds.task} has regression targets`);
  return ds.targets.labels;
}

/** Regression targets of a data set (fails the test for classification). */
export function regressionTargets(ds: SeqDataset): Float64Array {
  if (ds.targets.kind !== 'regression') throw new Error(`${ds.task} has class targets`);
  return ds.targets.y;
}

/** Asserts every input row of every sample is exactly one-hot (sums to 1 with a single 1). */
export function expectAllRowsOneHot(ds: SeqDataset): void {
  for (let i = 0; i < ds.n; i++) {
    for (let t = 0; t < ds.T; t++) {
      const r = row(ds, i, t);
      expect(r.reduce((a, b) => a + b, 0)).toBe(1);
      expect(hotIndex(r)).toBeGreaterThanOrEqual(0);
    }
  }
}

/** Asserts train and heldOut together are 0..n-1, each index exactly once. */
export function expectPartition(ds: SeqDataset): void {
  const all = [...ds.train, ...ds.heldOut].sort((a, b) => a - b);
  expect(all).toEqual([...Array(ds.n).keys()]);
}

/**
 * Exact element-wise equality of two numeric arrays. Used instead of `toEqual` on large typed
 * arrays, whose generic deep comparison (and diff on failure) costs hundreds of milliseconds.
 */
export function sameNumbers(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** Whether two data sets have identical inputs, targets and split. */
export function sameDataset(a: SeqDataset, b: SeqDataset): boolean {
  return (
    sameNumbers(a.x, b.x) &&
    sameNumbers(a.targets.y, b.targets.y) &&
    sameNumbers(a.train, b.train) &&
    sameNumbers(a.heldOut, b.heldOut)
  );
}
