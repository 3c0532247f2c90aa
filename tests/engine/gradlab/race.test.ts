import { describe, expect, it } from 'vitest';
import { chanceOf, checkRaceConfig, createRace, DEFAULT_RACE, raceDone, raceResults, runRace, stepRace } from '../../../src/engine/gradlab/index.ts';
import type { RaceConfig } from '../../../src/engine/gradlab/index.ts';

/** A race small enough to run many times. */
const TINY: RaceConfig = { ...DEFAULT_RACE, distance: 3, symbols: 2, count: 40, hidden: 3, maxSteps: 12, evalEvery: 4, batch: 8 };

describe('race', () => {
  it('at distance 30 (fixed seed) the LSTM and the GRU reach ≥ 90 % held-out accuracy while the tanh RNN stays near chance', () => {
    const race = runRace(DEFAULT_RACE);
    const by = Object.fromEntries(raceResults(race).map((r) => [r.cell, r]));
    const chance = chanceOf(DEFAULT_RACE);
    expect(chance).toBe(1 / 8);
    expect(by.lstm?.solvedAt).not.toBeNull();
    expect(by.lstm?.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(by.gru?.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(by.rnn_tanh?.solvedAt).toBeNull();
    expect(by.rnn_tanh?.best).toBeLessThan(chance + 0.15);
    expect(by.rnn_tanh?.accuracy).toBeLessThan(chance + 0.1);
    // the RNN trained the whole race; its gradient from the last step to the first stayed tiny at the start
    expect(race.step).toBe(DEFAULT_RACE.maxSteps);
    expect(race.racers[0]?.reach[0]).toBeLessThan(1e-3);
    expect(race.racers[1]?.reach[0]).toBeGreaterThan(100 * (race.racers[0]?.reach[0] ?? NaN));
  });

  it('stops training a racer once it crosses the finish line, so its curve ends where it won', () => {
    const race = runRace({ ...TINY, symbols: 2, target: 0.5, maxSteps: 40 });
    const finished = race.racers.filter((r) => r.solvedAt !== null);
    expect(finished.length).toBeGreaterThan(0);
    for (const r of finished) {
      expect(r.trained).toBe(r.solvedAt);
      expect(r.steps[r.steps.length - 1]).toBe(r.solvedAt);
      expect(r.accuracy[r.accuracy.length - 1]).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('gives every racer the same mini-batches: a racer runs the same whoever else races', () => {
    const alone = runRace({ ...TINY, cells: ['lstm'] });
    const together = runRace({ ...TINY, cells: ['rnn_tanh', 'gru', 'lstm'] });
    const a = alone.racers[0];
    const b = together.racers[2];
    expect(b?.cell).toBe('lstm');
    expect(b?.accuracy).toEqual(a?.accuracy);
    expect(Array.from(b?.model.params['rnn.weight_hh_l0'] ?? [])).toEqual(Array.from(a?.model.params['rnn.weight_hh_l0'] ?? []));
  });

  it('scores every racer at step 0 and every evalEvery steps, and ends at maxSteps', () => {
    const race = createRace({ ...TINY, target: 1.01 });
    expect(race.racers.map((r) => r.steps)).toEqual([[0], [0], [0]]);
    let evaluations = 0;
    while (!raceDone(race)) if (stepRace(race)) evaluations++;
    expect(evaluations).toBe(3);
    expect(race.step).toBe(12);
    expect(race.racers[0]?.steps).toEqual([0, 4, 8, 12]);
    expect(race.racers[0]?.profile.length).toBe(4);
    expect(stepRace(race)).toBe(false);
  });
});

describe('checkRaceConfig', () => {
  it('accepts the default race and names the first bad field of anything else', () => {
    expect(checkRaceConfig(DEFAULT_RACE)).toEqual({ ok: true, config: DEFAULT_RACE });
    expect(checkRaceConfig(null)).toMatchObject({ ok: false, field: '' });
    expect(checkRaceConfig({ ...DEFAULT_RACE, cells: ['lstm', 'transformer'] })).toMatchObject({ ok: false, field: 'cells' });
    expect(checkRaceConfig({ ...DEFAULT_RACE, distance: 1 })).toMatchObject({ ok: false, field: 'distance', message: expect.stringContaining('from 2 to 100 (got 1)') });
    expect(checkRaceConfig({ ...DEFAULT_RACE, hidden: 3.5 })).toMatchObject({ ok: false, field: 'hidden' });
    expect(checkRaceConfig({ ...DEFAULT_RACE, clip: -1 })).toMatchObject({ ok: false, field: 'clip' });
    expect(checkRaceConfig({ ...DEFAULT_RACE, gateInit: 'zeros' })).toMatchObject({ ok: false, field: 'gateInit' });
  });
});
