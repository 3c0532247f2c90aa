import { describe, expect, it } from 'vitest';
import { crossEntropyLoss, IGNORE_INDEX, mseLoss, squaredError } from '../../src/engine/loss.ts';
import { randomArray } from './helpers/fd.ts';
import { describeReport, worstGradError } from './helpers/gradcheck.ts';

describe('loss', () => {
  it('computes MSE as the mean of squared errors over all elements', () => {
    const p = Float64Array.from([1, 2, 3, 4]);
    const y = Float64Array.from([0, 2, 5, 3]);
    const g = new Float64Array(4);
    expect(mseLoss(p, y, 4, g)).toBe((1 + 0 + 4 + 1) / 4);
    expect(Array.from(g)).toEqual([0.5, 0, -1, 0.5]);
    expect(squaredError.f(3, 5)).toBe(4);
    expect(squaredError.df(3, 5)).toBe(-4);
  });

  it('gives log(C) for uniform logits and (softmax − onehot)/count as gradient', () => {
    const logits = new Float64Array(2 * 4).fill(0.3);
    const targets = Int32Array.from([2, 0]);
    const g = new Float64Array(8);
    expect(crossEntropyLoss(logits, targets, 2, 4, g)).toBeCloseTo(Math.log(4), 15);
    expect(g[2]).toBeCloseTo((0.25 - 1) / 2, 15);
    expect(g[1]).toBeCloseTo(0.25 / 2, 15);
  });

  it('skips ignored targets (-1) in both the mean and the gradient', () => {
    const logits = Float64Array.from([2, 0, 0, 5, -1, 0.5]);
    const g = new Float64Array(6);
    const loss = crossEntropyLoss(logits, Int32Array.from([0, IGNORE_INDEX]), 2, 3, g);
    expect(loss).toBeCloseTo(-2 + Math.log(Math.exp(2) + 2), 14);
    expect(Array.from(g.subarray(3))).toEqual([0, 0, 0]);
    expect(crossEntropyLoss(logits, Int32Array.from([-1, -1]), 2, 3, g)).toBe(0);
  });

  it('stays finite for huge logits (log-sum-exp is shifted by the max)', () => {
    const loss = crossEntropyLoss(Float64Array.from([1000, 0, -1000]), Int32Array.from([1]), 1, 3, null);
    expect(loss).toBeCloseTo(1000, 10);
  });

  it('matches finite differences of the cross-entropy loss', () => {
    const rows = 4;
    const C = 5;
    const logits = randomArray(rows * C, 1).map((v) => 3 * v);
    const targets = Int32Array.from([4, -1, 0, 2]);
    const g = new Float64Array(rows * C);
    crossEntropyLoss(logits, targets, rows, C, g);
    const r = worstGradError('logits', logits, g, () => crossEntropyLoss(logits, targets, rows, C, null));
    expect(r.err, describeReport(r)).toBeLessThan(1e-6);
  });
});
