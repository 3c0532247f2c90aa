import { describe, expect, it } from 'vitest';
import { createModel, type ModelConfig } from '../../src/engine/model.ts';
import { loadStateDict, stateDictFromJSON, stateDictToJSON } from '../../src/engine/stateDict.ts';

const cfg: ModelConfig = {
  mode: 'GRU', inputSize: 2, hiddenSize: 3, numLayers: 1, bidirectional: true, bias: true,
  dropout: 0, outputSize: 1, head: 'last', loss: 'mse',
};

describe('stateDict', () => {
  it('writes every parameter as nested arrays in its PyTorch shape', () => {
    const model = createModel(cfg, 1);
    const json = stateDictToJSON(model);
    expect(Object.keys(json)).toEqual(model.names);
    const w = json['rnn.weight_hh_l0_reverse'] as number[][];
    expect(w.length).toBe(9);
    expect(w[0]?.length).toBe(3);
    expect(w[4]?.[2]).toBe(model.params['rnn.weight_hh_l0_reverse']?.[4 * 3 + 2]);
    expect(json['fc.bias']).toEqual([model.params['fc.bias']?.[0]]);
  });

  it('reads back what it wrote, through JSON text, bit for bit', () => {
    const a = createModel(cfg, 1);
    const b = createModel(cfg, 2);
    const r = stateDictFromJSON(b, JSON.parse(JSON.stringify(stateDictToJSON(a))));
    expect(r.ok).toBe(true);
    if (r.ok) loadStateDict(b, r.params);
    for (const n of a.names) expect(b.params[n]).toEqual(a.params[n]);
  });

  it('returns typed errors naming the path instead of throwing', () => {
    const model = createModel(cfg, 1);
    const good = stateDictToJSON(model);
    const cases: [unknown, string, string][] = [
      [[1, 2], 'not-an-object', ''],
      [{ ...good, 'rnn.weight_hh_l9': [[0]] }, 'unknown-parameter', 'rnn.weight_hh_l9'],
      [Object.fromEntries(Object.entries(good).filter(([k]) => k !== 'fc.bias')), 'missing-parameter', 'fc.bias'],
      [{ ...good, 'fc.weight': [[1, 2, 3]] }, 'bad-shape', 'fc.weight[0]'],
      [{ ...good, 'rnn.bias_ih_l0': [0, 0, 0, 0, 0, 0, 0, 0, 'x'] }, 'not-a-number', 'rnn.bias_ih_l0[8]'],
      [{ ...good, 'rnn.bias_hh_l0': [0, 0, 0] }, 'bad-shape', 'rnn.bias_hh_l0'],
    ];
    for (const [json, code, path] of cases) {
      const r = stateDictFromJSON(model, json);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe(code);
        expect(r.error.path).toBe(path);
        expect(r.error.message.length).toBeGreaterThan(0);
      }
    }
    const bad = stateDictFromJSON(model, { ...good, 'fc.weight': [[1, 2, 3]] });
    expect(!bad.ok && bad.error.message).toBe('fc.weight[0]: expected shape [1, 6] (length 6 at dimension 1), got length 3');
  });
});
