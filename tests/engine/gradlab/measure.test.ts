import { describe, expect, it } from 'vitest';
import { buildLabRun, geometricRate, LAB_PRESETS, trainSeries } from '../../../src/engine/gradlab/index.ts';
import type { LabConfig } from '../../../src/engine/gradlab/index.ts';

describe('geometricRate', () => {
  it('recovers r from exact geometric norms c·r^(T−1−t), growing or fading', () => {
    for (const r of [0.5, 0.93, 1, 1.4]) {
      const T = 12;
      const norms = Array.from({ length: T }, (_, t) => 3 * r ** (T - 1 - t));
      expect(geometricRate(norms)).toBeCloseTo(r, 12);
    }
  });

  it('skips zero and non-finite norms and gives NaN with fewer than two usable points', () => {
    expect(geometricRate([0.0625, 0, NaN, 0.5, 1])).toBeCloseTo(0.5, 12);
    expect(geometricRate([0, Infinity, 1])).toBeNaN();
    expect(geometricRate([])).toBeNaN();
  });
});

describe('trainSeries', () => {
  const small: LabConfig = { ...LAB_PRESETS.vanishing.config, taskOptions: { symbols: 2, distance: 4, noise: 0, count: 64 }, hidden: 4, optimizer: 'sgd', lr: 0.3, momentum: 0, batch: 8 };

  it('records plain-SGD updates of size lr·‖g‖, the closed form of θ ← θ − lr·g', () => {
    const s = trainSeries(buildLabRun(small), 5);
    expect(s.divergedAt).toBeNull();
    for (let i = 0; i < 5; i++) expect(s.updateNorm[i]).toBeCloseTo(0.3 * (s.gradNorm[i] ?? NaN), 12);
  });

  it('caps each SGD update at lr·max_norm when clipping is on', () => {
    const s = trainSeries(buildLabRun({ ...small, clip: 0.01 }), 5);
    for (let i = 0; i < 5; i++) {
      const g = s.gradNorm[i] ?? NaN;
      expect(g).toBeGreaterThan(0.01);
      // clip_grad_norm_ scales by max_norm / (‖g‖ + 1e-6)
      expect(s.updateNorm[i]).toBeCloseTo((0.3 * 0.01 * g) / (g + 1e-6), 12);
    }
  });

  it('is deterministic: the same config gives the same series', () => {
    const a = trainSeries(buildLabRun(small), 3);
    const b = trainSeries(buildLabRun(small), 3);
    expect(Array.from(b.loss)).toEqual(Array.from(a.loss));
  });
});
