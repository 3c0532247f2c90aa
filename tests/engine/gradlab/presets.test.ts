import { describe, expect, expectTypeOf, it } from 'vitest';
import { buildLabRun, geometricRate, LAB_PRESET_IDS, LAB_PRESETS, trainSeries } from '../../../src/engine/gradlab/index.ts';
import type { LabConfig, LabRun } from '../../../src/engine/gradlab/index.ts';
import { gatherBatch, traceExample } from '../../../src/engine/index.ts';
import { ADDING_BASELINE_MSE } from '../../../src/engine/tasks/index.ts';
import { checkConfig } from '../../../src/worker/configCheck.ts';
import type { ExperimentConfig } from '../../../src/worker/config.ts';
import { largestSingularValue } from '../helpers/linalg.ts';

/** Layer 0's trace of the first held-out example: ‖∂h_T/∂h_t‖ and ‖∂L/∂h_t‖ for t = 0…T−1. */
function traceOf(run: LabRun) {
  const ex = gatherBatch(run.dataset, [run.dataset.heldOut[0] ?? 0]);
  const cell = traceExample(run.model, ex.x, ex.T, ex.y).cells[0];
  if (cell === undefined) throw new Error('no layer 0');
  return { T: ex.T, cell };
}

describe('lab presets', () => {
  it('are complete experiment configs the worker accepts', () => {
    expectTypeOf<LabConfig>().toExtend<ExperimentConfig>();
    for (const id of LAB_PRESET_IDS) {
      const check = checkConfig(LAB_PRESETS[id].config);
      expect(check.ok, `${id}: ${check.ok ? '' : check.message}`).toBe(true);
    }
  });

  it('vanishing: the tanh RNN keeps < 1e-3 of ‖∂h_T/∂h_T‖ back at t = 1, an LSTM with its forget gate open ≥ 100× more', () => {
    const cfg = LAB_PRESETS.vanishing.config;
    const rnn = traceOf(buildLabRun(cfg));
    const lstm = traceOf(buildLabRun({ ...cfg, cell: 'lstm' }, 'open'));
    expect(rnn.T).toBe(31);
    expect(lstm.T).toBe(rnn.T);
    const end = rnn.cell.jacobianNorm[rnn.T - 1] ?? NaN;
    expect(end).toBeCloseTo(1, 12);
    const first = rnn.cell.jacobianNorm[0] ?? NaN;
    expect(first).toBeLessThan(1e-3 * end);
    expect(lstm.cell.jacobianNorm[0]).toBeGreaterThanOrEqual(100 * first);
    // the fade is geometric: the fitted per-step factor is well below 1
    expect(geometricRate(rnn.cell.jacobianNorm)).toBeLessThan(0.8);
  });

  it('measured ‖∂h_T/∂h_t‖ never exceed the bound (γ·σ_max(W_hh))^(T−t), σ_max from an SVD oracle', () => {
    const cases: [LabConfig, number][] = [];
    for (const scale of [null, 0.5, 1, 1.5, 3]) {
      cases.push([{ ...LAB_PRESETS.vanishing.config, recurrentScale: scale }, 1]);
      cases.push([{ ...LAB_PRESETS.exploding.config, recurrentScale: scale }, 1]);
    }
    for (const [cfg, gamma] of cases) {
      const run = buildLabRun(cfg);
      const { T, cell } = traceOf(run);
      const W = run.model.params['rnn.weight_hh_l0'] ?? new Float64Array(0);
      const sigma = largestSingularValue(W, cfg.hidden, cfg.hidden);
      expect(cell.bound?.sigmaMax).toBeCloseTo(sigma, 8);
      for (let t = 0; t < T; t++) {
        const bound = (gamma * sigma) ** (T - 1 - t);
        expect(cell.jacobianNorm[t], `${cfg.cell} scale ${cfg.recurrentScale} t=${t}`).toBeLessThanOrEqual(bound * (1 + 1e-9));
      }
    }
  });

  it('exploding: the gradient grows geometrically going back in time, and plain SGD diverges within a few steps', () => {
    const run = buildLabRun(LAB_PRESETS.exploding.config);
    const { cell } = traceOf(run);
    expect(cell.jacobianNorm[0]).toBeGreaterThan(100);
    expect(geometricRate(cell.jacobianNorm)).toBeGreaterThan(1.1);
    expect(geometricRate(cell.dLdhNorm)).toBeGreaterThan(1.1);
    const s = trainSeries(run, 20);
    expect(s.divergedAt).not.toBeNull();
    expect(s.divergedAt).toBeLessThanOrEqual(5);
    expect(s.gradNorm[0]).toBeGreaterThan(1e3);
  });

  it('clipping fixes it: every update is capped at lr·max_norm and the loss comes back from its blow-up to the baseline level', () => {
    const cfg = LAB_PRESETS.clippingFixes.config;
    const s = trainSeries(buildLabRun(cfg), 150);
    expect(s.divergedAt).toBeNull();
    const cap = cfg.lr * (cfg.clip ?? NaN);
    expect(Math.max(...s.gradNorm)).toBeGreaterThan(1e3);
    for (const u of s.updateNorm) expect(u).toBeLessThanOrEqual(cap * (1 + 1e-9));
    // the first batches cost orders of magnitude more than always answering 1 (MSE 1/6) …
    expect(s.loss[0]).toBeGreaterThan(100 * ADDING_BASELINE_MSE);
    // … and after 150 capped steps the loss is back at that level
    const tail = Array.from(s.loss.slice(-50));
    expect(tail.reduce((a, b) => a + b, 0) / tail.length).toBeLessThan(1.5 * ADDING_BASELINE_MSE);
  });
});
