import { describe, expect, it } from 'vitest';
import { createSweep, DEFAULT_RACE, raceResults, runRace, runSweep, stepSweep, sweepDone } from '../../../src/engine/gradlab/index.ts';
import type { RaceConfig } from '../../../src/engine/gradlab/index.ts';

const TINY: RaceConfig = { ...DEFAULT_RACE, cells: ['rnn_tanh', 'gru'], symbols: 2, count: 32, hidden: 3, maxSteps: 6, evalEvery: 3, batch: 8 };

describe('sweep', () => {
  it('records, per distance and cell, the accuracy its own race ends with', () => {
    const sweep = runSweep(TINY, [2, 4]);
    expect(sweep.points.map((p) => [p.distance, p.cell])).toEqual([[2, 'rnn_tanh'], [2, 'gru'], [4, 'rnn_tanh'], [4, 'gru']]);
    for (const d of [2, 4]) {
      const expected = raceResults(runRace({ ...TINY, distance: d }));
      const got = sweep.points.filter((p) => p.distance === d);
      expect(got.map((p) => p.accuracy)).toEqual(expected.map((r) => r.accuracy));
    }
  });

  it('reports true exactly when a distance completes, and is done after the last one', () => {
    const sweep = createSweep(TINY, [2, 3]);
    const completions: number[] = [];
    let steps = 0;
    while (!sweepDone(sweep)) {
      steps++;
      if (stepSweep(sweep)) completions.push(sweep.points.length);
    }
    expect(completions).toEqual([2, 4]);
    expect(steps).toBe(12);
    expect(stepSweep(sweep)).toBe(false);
  });

  it('refuses an empty list and distances below 2, naming them', () => {
    expect(() => createSweep(TINY, [])).toThrow(/must not be empty/);
    expect(() => createSweep(TINY, [5, 1])).toThrow(/integers ≥ 2, got 1/);
  });
});
