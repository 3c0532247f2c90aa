import { describe, expect, it } from 'vitest';
import { TASKS, TASK_IDS, isTaskId } from '../../../src/engine/tasks/index.ts';
import { expectPartition, sameDataset, sameNumbers } from './check.ts';

// Tasks whose samples are random draws; the others enumerate fixed items and use the seed
// only for their held-out split.
const RANDOM_DATA = new Set(['sine', 'numbers', 'reverse', 'first-symbol', 'adding', 'copy']);

describe('TASKS', () => {
  it('has one entry per id, keyed by its own id', () => {
    expect(Object.keys(TASKS).sort()).toEqual([...TASK_IDS].sort());
    for (const id of TASK_IDS) expect(TASKS[id].id).toBe(id);
  });

  it('keeps every default inside its own range', () => {
    for (const id of TASK_IDS) {
      const info = TASKS[id];
      expect(Object.keys(info.ranges).sort()).toEqual(Object.keys(info.defaults).sort());
      expect(info.validate({})).toEqual({ ok: true, options: info.defaults });
    }
  });

  it('makes data sets whose arrays match their declared shapes', () => {
    for (const id of TASK_IDS) {
      const info = TASKS[id];
      const ds = info.make({}, 11);
      expect(ds.task).toBe(id);
      expect(ds.arrangement).toBe(info.arrangement);
      expect(ds.targets.kind).toBe(info.targetKind);
      expect(ds.x.length).toBe(ds.n * ds.T * ds.inputSize);
      const perSample = ds.arrangement === 'many-to-one' ? 1 : ds.T;
      const width = ds.targets.kind === 'regression' ? ds.targets.outSize : 1;
      expect(ds.targets.y.length).toBe(ds.n * perSample * width);
      if (ds.targets.kind === 'classes') {
        expect(ds.targets.labels.length).toBe(ds.targets.classes);
        for (const c of ds.targets.y) expect(c >= -1 && c < ds.targets.classes).toBe(true);
      }
      if (ds.inputLabels) expect(ds.inputLabels.length).toBe(ds.inputSize);
      if (ds.sampleText) expect(ds.sampleText.length).toBe(ds.n);
      expect(ds.options).toEqual(info.defaults);
      expect(ds.x.every(Number.isFinite)).toBe(true);
      expectPartition(ds);
    }
  });

  it('gives identical arrays for the same seed and different ones for another seed', () => {
    for (const id of TASK_IDS) {
      const info = TASKS[id];
      expect(sameDataset(info.make({}, 21), info.make({}, 21))).toBe(true);
      if (RANDOM_DATA.has(id)) {
        expect(sameNumbers(info.make({}, 21).x, info.make({}, 22).x)).toBe(false);
      } else {
        const opts = { heldOut: 0.3 };
        expect(sameNumbers(info.make(opts, 21).heldOut, info.make(opts, 22).heldOut)).toBe(false);
      }
    }
  });

  it('reports bad options from a URL as values and throws them from make', () => {
    const check = TASKS['first-symbol'].validate({ distance: '30', symbols: 9 });
    expect(check).toEqual({
      ok: false,
      problems: [
        { option: 'symbols', message: 'first-symbol: symbols must be an integer from 2 to 8 (got 9).' },
        { option: 'distance', message: 'first-symbol: distance must be an integer from 2 to 100 (got "30").' },
      ],
    });
    expect(() => TASKS.words.make({ colour: 1 }, 1)).toThrow('words: unknown option "colour"; allowed: count, heldOut.');
  });

  it('recognises registry ids', () => {
    expect(isTaskId('sine')).toBe(true);
    expect(isTaskId('series')).toBe(false);
  });
});
