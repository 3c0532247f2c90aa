import { describe, expect, it } from 'vitest';
import { SINE_OPTIONS, makeSine } from '../../../src/engine/tasks/sine.ts';
import { regressionTargets, sameNumbers } from './check.ts';

// The shared benchmark's makeDataset (../shared/bench/src/common.ts), re-implemented from its
// published algorithm: mulberry32 + Box–Muller, noise drawn in index order from DATA_SEED 1234.
function benchSeries(points: number, noise: number, seed: number): Float64Array {
  let a = seed >>> 0;
  const uniform = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1) >>> 0;
    t = (t ^ (t + (Math.imul(t ^ (t >>> 7), t | 61) >>> 0))) >>> 0;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    let u1 = uniform();
    if (u1 < 1e-12) u1 = 1e-12;
    const u2 = uniform();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  };
  const s = new Float64Array(points);
  for (let i = 0; i < points; i++) s[i] = Math.sin(-2 * Math.PI + (4 * Math.PI * i) / (points - 1)) + noise * normal();
  return s;
}

describe('sine', () => {
  it('makes the lecture data set: 90 windows of 10 steps with one input feature', () => {
    const ds = makeSine({}, 1234);
    expect([ds.n, ds.T, ds.inputSize]).toEqual([90, 10, 1]);
    expect(ds.x.length).toBe(90 * 10);
    expect(regressionTargets(ds).length).toBe(90);
    expect(ds.arrangement).toBe('many-to-one');
  });

  it('trains on all 90 windows and holds none out by default, as the lecture does', () => {
    const ds = makeSine({}, 1234);
    expect(ds.train).toEqual(Int32Array.from({ length: 90 }, (_, i) => i));
    expect(ds.heldOut.length).toBe(0);
  });

  it('equals the shared benchmark data set for seed 1234', () => {
    const ds = makeSine({}, 1234);
    const series = benchSeries(100, 0.1, 1234);
    const y = regressionTargets(ds);
    for (let i = 0; i < 90; i++) {
      for (let t = 0; t < 10; t++) expect(ds.x[i * 10 + t]).toBe(series[i + t]);
      expect(y[i]).toBe(series[i + 10]);
    }
    // The benchmark stores Float32; rounding ours gives its exact values.
    expect(Math.fround(y[0] ?? NaN)).toBe(Math.fround(series[10] ?? NaN));
  });

  it('keeps the grid, the clean sine and the noisy series for the plot', () => {
    const ds = makeSine({}, 1234);
    const s = ds.series;
    expect(s).toBeDefined();
    if (!s) return;
    expect(s.x.length).toBe(100);
    expect(s.x[0]).toBeCloseTo(-2 * Math.PI, 12);
    expect(s.x[99]).toBeCloseTo(2 * Math.PI, 12);
    expect(s.x[1]! - s.x[0]!).toBeCloseTo((4 * Math.PI) / 99, 12);
    for (let i = 0; i < 100; i++) expect(s.clean?.[i]).toBeCloseTo(Math.sin(s.x[i]!), 15);
    expect(Array.from(s.values)).toEqual(Array.from(benchSeries(100, 0.1, 1234)));
    // Sample i predicts series point firstTarget + i.
    expect(regressionTargets(ds)[5]).toBe(s.values[s.firstTarget + 5]);
  });

  it('adds noise with the requested standard deviation', () => {
    const ds = makeSine({ points: 1000, noise: 0.5 }, 3);
    const s = ds.series!;
    let sq = 0;
    for (let i = 0; i < 1000; i++) sq += (s.values[i]! - s.clean![i]!) ** 2;
    expect(Math.sqrt(sq / 1000)).toBeGreaterThan(0.45);
    expect(Math.sqrt(sq / 1000)).toBeLessThan(0.55);
  });

  it('gives the clean sine when noise is 0', () => {
    const ds = makeSine({ noise: 0 }, 9);
    expect(Array.from(ds.series!.values)).toEqual(Array.from(ds.series!.clean!));
  });

  it('counts points - nTime windows for other sizes', () => {
    const ds = makeSine({ points: 200, nTime: 25 }, 1);
    expect([ds.n, ds.T]).toEqual([175, 25]);
  });

  it('is the same for the same seed and different for another seed', () => {
    expect(sameNumbers(makeSine({}, 5).x, makeSine({}, 5).x)).toBe(true);
    expect(sameNumbers(makeSine({}, 5).x, makeSine({}, 6).x)).toBe(false);
  });

  it('holds out the last windows when asked, so validation is continuing the curve', () => {
    const ds = makeSine({ heldOut: 0.2 }, 1);
    expect(Array.from(ds.heldOut)).toEqual(Array.from({ length: 18 }, (_, i) => 72 + i));
    expect(ds.train.length).toBe(72);
  });

  it('rejects options outside their ranges with a message naming the option and range', () => {
    expect(() => makeSine({ points: 10 }, 1)).toThrow('sine: points must be an integer from 20 to 1000 (got 10).');
    expect(() => makeSine({ nTime: 2.5 }, 1)).toThrow('sine: nTime must be an integer from 2 to 50 (got 2.5).');
    expect(() => makeSine({ noise: -0.1 }, 1)).toThrow('sine: noise must be a number from 0 to 1 (got -0.1).');
    expect(() => makeSine({ points: 30, nTime: 25 }, 1)).toThrow(/nTime must be at most points - 10 = 20/);
  });

  it('documents the lecture defaults', () => {
    expect(SINE_OPTIONS.defaults).toEqual({ points: 100, nTime: 10, noise: 0.1, heldOut: 0 });
  });
});
