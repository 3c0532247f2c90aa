import { describe, expect, it } from 'vitest';
import {
  makeSeriesTask,
  normalizationOf,
  seriesWindowRange,
  windowSeries,
} from '../../../src/engine/tasks/windowing.ts';
import { regressionTargets } from './check.ts';

const ramp = (n: number): Float64Array => Float64Array.from({ length: n }, (_, i) => i * 1.5 - 7);

describe('windowSeries', () => {
  it('turns 1000 points with windows of 10 into 990 pairs (the lecture example)', () => {
    const w = windowSeries(ramp(1000), 10);
    expect(w.n).toBe(990);
    expect(w.x.length).toBe(9900);
    expect(w.y.length).toBe(990);
  });

  it('puts points i..i+9 in window i and point i+10 in its target', () => {
    const s = Float64Array.from({ length: 1000 }, (_, i) => Math.cos(i * 0.37) * 3 + i);
    const w = windowSeries(s, 10);
    for (let i = 0; i < w.n; i++) {
      for (let t = 0; t < 10; t++) expect(w.x[i * 10 + t]).toBe(s[i + t]);
      expect(w.y[i]).toBe(s[i + 10]);
    }
  });

  it('looks `horizon` steps ahead and has that many fewer pairs', () => {
    const s = ramp(50);
    const w = windowSeries(s, 5, 3);
    expect(w.n).toBe(50 - 5 - 3 + 1);
    expect(w.y[0]).toBe(s[7]);
    expect(w.y[w.n - 1]).toBe(s[49]);
  });

  it('throws when the series is too short or the window is not a positive integer', () => {
    expect(() => windowSeries(ramp(5), 5)).toThrow('windowSeries: a series of 5 points is too short for window 5 + horizon 1');
    expect(() => windowSeries(ramp(5), 0)).toThrow('windowSeries: window must be a positive integer (got 0)');
    expect(() => windowSeries(ramp(5), 2, 1.5)).toThrow('windowSeries: horizon must be a positive integer (got 1.5)');
  });
});

describe('makeSeriesTask', () => {
  it('standardises the series and records mean and std to undo it', () => {
    const values = Float64Array.from([2, 4, 4, 4, 5, 5, 7, 9, 2, 4, 4, 4, 5, 5, 7, 9]);
    const ds = makeSeriesTask(values, 4, 1);
    // Closed form: this sample's mean is 5 and its population std is 2.
    expect(ds.normalization).toEqual({ mean: 5, std: 2 });
    expect(ds.x[0]).toBeCloseTo((2 - 5) / 2, 15);
    const y = regressionTargets(ds);
    for (let i = 0; i < ds.n; i++) expect(y[i]! * 2 + 5).toBeCloseTo(values[i + 4]!, 12);
  });

  it('keeps the raw series with an index axis for the plot', () => {
    const values = ramp(30);
    const ds = makeSeriesTask(values, 5, 1);
    expect(Array.from(ds.series!.values)).toEqual(Array.from(values));
    expect(ds.series!.x[29]).toBe(29);
    expect(ds.series!.firstTarget).toBe(5);
    expect(ds.n).toBe(25);
  });

  it('holds out the last windows (20% by default)', () => {
    const ds = makeSeriesTask(ramp(105), 5, 1);
    expect(ds.n).toBe(100);
    expect(Array.from(ds.heldOut)).toEqual(Array.from({ length: 20 }, (_, i) => 80 + i));
  });

  it('uses std 1 for a constant series instead of dividing by zero', () => {
    expect(normalizationOf(new Float64Array([3, 3, 3]))).toEqual({ mean: 3, std: 1 });
  });

  it('rejects a window the series cannot support, naming the allowed range', () => {
    // 20 values, window 16 → 4 pairs, the fewest allowed.
    expect(seriesWindowRange(20)).toEqual({ min: 2, max: 16, integer: true, step: 1 });
    expect(makeSeriesTask(ramp(20), 16, 1).n).toBe(4);
    expect(() => makeSeriesTask(ramp(20), 17, 1)).toThrow('series: window must be an integer from 2 to 16 (got 17).');
    expect(() => makeSeriesTask(ramp(4), 2, 1)).toThrow('series: 4 values are too few; at least 6 are needed.');
  });
});
