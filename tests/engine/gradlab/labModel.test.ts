import { describe, expect, it } from 'vitest';
import { createLabModel, OPEN_GATE_BIAS } from '../../../src/engine/gradlab/index.ts';
import type { LabCell, LabModelSpec } from '../../../src/engine/gradlab/index.ts';
import { createModel, scaleRecurrent } from '../../../src/engine/index.ts';
import { largestSingularValue } from '../helpers/linalg.ts';

const SPEC: LabModelSpec = { inputSize: 3, hidden: 5, layers: 2, outputs: 4, loss: 'ce', recurrentScale: null, gateInit: 'pytorch' };
const MODE = { rnn_tanh: 'RNN_TANH', rnn_relu: 'RNN_RELU', lstm: 'LSTM', gru: 'GRU' } as const;

/** The model the worker's session would build for the same spec and seed. */
function sessionModel(cell: LabCell, seed: number) {
  return createModel({
    mode: MODE[cell], inputSize: 3, hiddenSize: 5, numLayers: 2, bidirectional: false, bias: true,
    dropout: 0, outputSize: 4, head: 'last', loss: 'ce',
  }, seed);
}

describe('createLabModel', () => {
  it('builds the same weights as createModel with the same config and seed under the PyTorch init', () => {
    for (const cell of ['rnn_tanh', 'rnn_relu', 'lstm', 'gru'] as const) {
      const lab = createLabModel(cell, SPEC, 11);
      const ref = sessionModel(cell, 11);
      expect(lab.names).toEqual(ref.names);
      for (const n of ref.names) expect(Array.from(lab.params[n] ?? [])).toEqual(Array.from(ref.params[n] ?? []));
    }
  });

  it('opens the LSTM forget gate and closes its input gate by the open-gate bias, in every layer and nowhere else', () => {
    const open = createLabModel('lstm', { ...SPEC, gateInit: 'open' }, 3);
    const ref = sessionModel('lstm', 3);
    const H = 5;
    for (const n of ref.names) {
      const d = Array.from(open.params[n] ?? [], (v, i) => v - (ref.params[n]?.[i] ?? NaN));
      const expected = d.map((_, i) => {
        if (!/^rnn\.bias_ih_l\d$/.test(n)) return 0;
        if (i < H) return -OPEN_GATE_BIAS; // i gate
        if (i < 2 * H) return OPEN_GATE_BIAS; // f gate
        return 0;
      });
      d.forEach((v, i) => expect(v, `${n}[${i}]`).toBeCloseTo(expected[i] ?? NaN, 12));
    }
  });

  it("opens the GRU update gate z (PyTorch's gate order r, z, n) and leaves Elman RNNs alone", () => {
    const gru = createLabModel('gru', { ...SPEC, gateInit: 'open' }, 4);
    const ref = sessionModel('gru', 4);
    const H = 5;
    const d = Array.from(gru.params['rnn.bias_ih_l1'] ?? [], (v, i) => v - (ref.params['rnn.bias_ih_l1']?.[i] ?? NaN));
    d.forEach((v, i) => expect(v).toBeCloseTo(i >= H && i < 2 * H ? OPEN_GATE_BIAS : 0, 12));
    const rnn = createLabModel('rnn_tanh', { ...SPEC, gateInit: 'open' }, 4);
    const rnnRef = sessionModel('rnn_tanh', 4);
    for (const n of rnnRef.names) expect(Array.from(rnn.params[n] ?? [])).toEqual(Array.from(rnnRef.params[n] ?? []));
  });

  it('gives W_hh the requested spectral norm, as an SVD oracle measures it', () => {
    const m = createLabModel('rnn_tanh', { ...SPEC, layers: 1, recurrentScale: 1.7 }, 5);
    const W = m.params['rnn.weight_hh_l0'];
    if (W === undefined) throw new Error('no weight_hh_l0');
    expect(largestSingularValue(W, 5, 5)).toBeCloseTo(1.7, 9);
    const ref = sessionModel('rnn_tanh', 5);
    scaleRecurrent(ref.rnn, 1.7);
    expect(m.params['rnn.weight_ih_l0']).toEqual(ref.params['rnn.weight_ih_l0']);
  });
});
