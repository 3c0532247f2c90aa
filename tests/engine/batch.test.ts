import { describe, expect, it } from 'vitest';
import { gatherBatch, headFor } from '../../src/engine/batch.ts';
import type { SeqDataset } from '../../src/engine/tasks/types.ts';

// Small hand-made data sets: 4 samples, T = 2, inputSize 1, values encoding (sample, step).
const x = Float64Array.from([0, 1, 10, 11, 20, 21, 30, 31]);
const regression: SeqDataset = {
  task: 'test', arrangement: 'many-to-one', x, n: 4, T: 2, inputSize: 1,
  targets: { kind: 'regression', y: Float64Array.from([0.5, 1.5, 2.5, 3.5]), outSize: 1 },
  heldOut: new Int32Array(0), train: Int32Array.from([0, 1, 2, 3]),
};
const classes: SeqDataset = {
  task: 'test', arrangement: 'many-to-many', x, n: 4, T: 2, inputSize: 1,
  targets: { kind: 'classes', y: Int32Array.from([0, 1, 1, -1, 2, 0, 1, 1]), classes: 3, labels: ['a', 'b', 'c'] },
  heldOut: new Int32Array(0), train: Int32Array.from([0, 1, 2, 3]),
};

describe('batch', () => {
  it('gathers the chosen samples in order, inputs and targets', () => {
    const b = gatherBatch(regression, [2, 0]);
    expect(b.B).toBe(2);
    expect(b.T).toBe(2);
    expect(Array.from(b.x)).toEqual([20, 21, 0, 1]);
    expect(Array.from(b.y)).toEqual([2.5, 0.5]);
  });

  it('gathers per-step class targets as an Int32Array for many-to-many data', () => {
    const b = gatherBatch(classes, [1, 3]);
    expect(b.y).toBeInstanceOf(Int32Array);
    expect(Array.from(b.y)).toEqual([1, -1, 1, 1]);
    expect(headFor(classes)).toBe('each');
    expect(headFor(regression)).toBe('last');
  });

  it('reuses the buffers of a previous batch of the same size', () => {
    const first = gatherBatch(regression, [0, 1]);
    const again = gatherBatch(regression, [3, 2], first);
    expect(again).toBe(first);
    expect(Array.from(again.x)).toEqual([30, 31, 20, 21]);
    const smaller = gatherBatch(regression, [1], first);
    expect(smaller).not.toBe(first);
    expect(smaller.B).toBe(1);
  });
});
