import { describe, expect, it } from 'vitest';
import { accuracy, argmax, createLabModel } from '../../../src/engine/gradlab/index.ts';
import { makeAdding, makeFirstSymbol } from '../../../src/engine/tasks/index.ts';

describe('argmax', () => {
  it('returns the index of the largest value and the first of a tie, like torch.argmax', () => {
    expect(argmax([0, 3, 1, 3], 0, 4)).toBe(1);
    expect(argmax([9, 9, 0.5, 7, 7], 2, 3)).toBe(1);
    expect(argmax([-1, -1], 0, 2)).toBe(0);
  });
});

describe('accuracy', () => {
  it('scores a model that always answers class c with the share of targets equal to c', () => {
    const ds = makeFirstSymbol({ symbols: 4, distance: 3, count: 40 }, 1);
    const m = createLabModel('gru', { inputSize: ds.inputSize, hidden: 3, layers: 1, outputs: 4, loss: 'ce', recurrentScale: null, gateInit: 'pytorch' }, 1);
    m.params['fc.weight']?.fill(0);
    m.params['fc.bias']?.set([0, 0, 5, 0]);
    const y = ds.targets.kind === 'classes' ? ds.targets.y : new Int32Array(0);
    const idx = Array.from(ds.heldOut);
    const expected = idx.filter((i) => y[i] === 2).length / idx.length;
    expect(accuracy(m, ds, idx)).toBe(expected);
    expect(accuracy(m, ds, [0, 1, 2, 3].map((c) => Array.from(y).indexOf(c)))).toBe(0.25);
  });

  it('refuses regression data sets and empty index lists with a message naming the problem', () => {
    const add = makeAdding({ length: 4, count: 16 }, 1);
    const m = createLabModel('rnn_tanh', { inputSize: 2, hidden: 2, layers: 1, outputs: 1, loss: 'mse', recurrentScale: null, gateInit: 'pytorch' }, 1);
    expect(() => accuracy(m, add, [0])).toThrow(/regression targets, expected classes/);
    const fs = makeFirstSymbol({ symbols: 2, distance: 2, count: 16 }, 1);
    expect(() => accuracy(m, fs, [])).toThrow(/indices must not be empty/);
  });
});
