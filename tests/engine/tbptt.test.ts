import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/engine/rng.ts';
import { createRecurrent, RECURRENT_MODES, type RecurrentConfig } from '../../src/engine/recurrentConfig.ts';
import { recurrentBackward, recurrentForward } from '../../src/engine/recurrent.ts';
import { dot, refForward } from './helpers/reference.ts';
import { randomArray } from './helpers/fd.ts';
import { describeReport, worstGradError, type GradReport } from './helpers/gradcheck.ts';

// Truncated BPTT as recurrent.ts defines it: the state entering processing steps k, 2k, … is a
// constant (h.detach(), c.detach()). The oracle is the naive reference run with exactly those
// states frozen at their unperturbed values, differentiated by finite differences.

const T = 5;
const B = 2;
const H = 3;
const I = 2;

function setup(cfg: RecurrentConfig, seed: number) {
  const rec = createRecurrent(cfg, createRng(seed));
  const D = cfg.bidirectional ? 2 : 1;
  const nState = cfg.numLayers * D * B * H;
  return {
    rec,
    x: randomArray(T * B * I, seed + 1),
    h0: randomArray(nState, seed + 2),
    c0: cfg.mode === 'LSTM' ? randomArray(nState, seed + 3) : null,
    wo: randomArray(T * B * D * H, seed + 4),
    wh: randomArray(nState, seed + 5),
  };
}

describe('truncated BPTT', () => {
  for (const mode of RECURRENT_MODES) {
    const cfg: RecurrentConfig = {
      mode, inputSize: I, hiddenSize: H, numLayers: 2, bias: true,
      batchFirst: false, dropout: 0, bidirectional: true,
    };

    it(`equals the finite-difference gradient of the graph cut every k steps (${mode}, k = 2)`, () => {
      const s = setup(cfg, 31);
      const k = 2;
      const pass = recurrentForward(s.rec, s.x, B, T, { h0: s.h0, c0: s.c0 });
      recurrentBackward(s.rec, pass, s.rec.grads, s.wo, { dhN: s.wh, dcN: s.c0 ? s.wh : null, truncation: k });
      const dInput = pass.dInput.slice();
      const dh0 = pass.dh0.slice();
      const dc0 = pass.dc0.slice();
      // Record the states entering each chunk once, then hold them constant.
      const frozen = new Map<string, { h: number[]; c: number[] }>();
      refForward(cfg, s.rec.params, s.x, T, B, s.h0, s.c0, { truncation: k, entering: frozen });
      const loss = (): number => {
        const r = refForward(cfg, s.rec.params, s.x, T, B, s.h0, s.c0, { truncation: k, frozen });
        return dot(r.output, s.wo) + dot(r.hN, s.wh) + (s.c0 ? dot(r.cN, s.wh) : 0);
      };
      const reports: GradReport[] = s.rec.names.map((n) =>
        worstGradError(n, s.rec.params[n] as Float64Array, s.rec.grads[n] as Float64Array, loss));
      reports.push(worstGradError('input', s.x, dInput, loss));
      reports.push(worstGradError('h0', s.h0, dh0, loss));
      if (s.c0) reports.push(worstGradError('c0', s.c0, dc0, loss));
      for (const r of reports) expect(r.err, describeReport(r)).toBeLessThan(1e-6);
    });

    it(`equals full BPTT when the truncation is at least T (${mode})`, () => {
      const s = setup(cfg, 41);
      const full = (): number => {
        const r = refForward(cfg, s.rec.params, s.x, T, B, s.h0, s.c0);
        return dot(r.output, s.wo) + dot(r.hN, s.wh) + (s.c0 ? dot(r.cN, s.wh) : 0);
      };
      for (const k of [T, 100]) {
        for (const n of s.rec.names) s.rec.grads[n]?.fill(0);
        const pass = recurrentForward(s.rec, s.x, B, T, { h0: s.h0, c0: s.c0 });
        recurrentBackward(s.rec, pass, s.rec.grads, s.wo, { dhN: s.wh, dcN: s.c0 ? s.wh : null, truncation: k });
        const grads = Object.fromEntries(s.rec.names.map((n) => [n, (s.rec.grads[n] as Float64Array).slice()]));
        for (const n of s.rec.names) {
          const r = worstGradError(n, s.rec.params[n] as Float64Array, grads[n] as Float64Array, full);
          expect(r.err, `k=${k} ${describeReport(r)}`).toBeLessThan(1e-6);
        }
      }
    });
  }

  it('matches the closed form of a linear one-unit RNN: only the last chunk reaches the weights through h_T', () => {
    // relu with positive weights and inputs is the identity, so h_t = w·h_{t−1} + u·x_t exactly.
    const rec = createRecurrent({
      mode: 'RNN_RELU', inputSize: 1, hiddenSize: 1, numLayers: 1, bias: false,
      batchFirst: true, dropout: 0, bidirectional: false,
    }, createRng(1));
    const w = 0.8;
    const u = 0.5;
    (rec.params.weight_hh_l0 as Float64Array)[0] = w;
    (rec.params.weight_ih_l0 as Float64Array)[0] = u;
    const x = Float64Array.from([0.3, 1.1, 0.7, 0.2, 0.9]);
    const h: number[] = [];
    let prev = 0;
    for (const xt of x) h.push((prev = w * prev + u * xt));
    const dhN = Float64Array.from([1]); // L = h_4
    const gradsFor = (k: number): [number, number] => {
      for (const n of rec.names) rec.grads[n]?.fill(0);
      const pass = recurrentForward(rec, x, 1, 5);
      recurrentBackward(rec, pass, rec.grads, null, { dhN, truncation: k });
      return [rec.grads.weight_ih_l0?.[0] ?? NaN, rec.grads.weight_hh_l0?.[0] ?? NaN];
    };
    // k = 2: chunks {0,1}, {2,3}, {4}; h_4 = w·h_3(const) + u·x_4.
    const [du2, dw2] = gradsFor(2);
    expect(du2).toBeCloseTo(x[4] ?? NaN, 14);
    expect(dw2).toBeCloseTo(h[3] ?? NaN, 14);
    // k = 3: chunks {0,1,2}, {3,4}; h_4 = w²·h_2(const) + w·u·x_3 + u·x_4.
    const [du3, dw3] = gradsFor(3);
    expect(du3).toBeCloseTo(w * (x[3] ?? NaN) + (x[4] ?? NaN), 14);
    expect(dw3).toBeCloseTo(2 * w * (h[2] ?? NaN) + u * (x[3] ?? NaN), 14);
    // Full BPTT: dL/du = Σ w^(4−s) x_s.
    const [duFull] = gradsFor(Infinity);
    let expected = 0;
    for (let s = 0; s < 5; s++) expected += w ** (4 - s) * (x[s] ?? NaN);
    expect(duFull).toBeCloseTo(expected, 14);
  });
});
