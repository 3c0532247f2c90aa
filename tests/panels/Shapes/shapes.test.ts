import { describe, expect, it } from 'vitest';
import { recurrentShapes } from '../../../src/panels/Shapes/shapes.ts';
import type { ModuleKind, RecurrentArgs } from '../../../src/panels/Shapes/shapes.ts';
import fixture from '../../fixtures/torch-shapes.json';

/** One row of tests/fixtures/torch-shapes.json: what PyTorch 1.13 returned (see its README). */
type TorchCase = {
  name: string;
  mode: 'RNN_TANH' | 'RNN_RELU' | 'LSTM' | 'GRU';
  args: {
    input_size: number;
    hidden_size: number;
    num_layers: number;
    nonlinearity: 'tanh' | 'relu' | null;
    bias: boolean;
    batch_first: boolean;
    dropout: number;
    bidirectional: boolean;
  };
  input_shape: [number, number, number];
  output: number[];
  h_n: number[];
  c_n: number[] | null;
  params: Record<string, number[]>;
  param_count: number;
};

// Through unknown: the JSON module's inferred type widens tuples and string unions.
const table = fixture as unknown as { cases: TorchCase[] };

function argsOf(c: TorchCase): { args: RecurrentArgs; dims: { batch: number; seq: number } } {
  const kind: ModuleKind = c.mode === 'LSTM' ? 'LSTM' : c.mode === 'GRU' ? 'GRU' : 'RNN';
  const [a, b] = c.input_shape;
  return {
    args: {
      kind,
      inputSize: c.args.input_size,
      hiddenSize: c.args.hidden_size,
      numLayers: c.args.num_layers,
      nonlinearity: c.args.nonlinearity ?? 'tanh',
      bias: c.args.bias,
      batchFirst: c.args.batch_first,
      dropout: c.args.dropout,
      bidirectional: c.args.bidirectional,
    },
    dims: c.args.batch_first ? { batch: a, seq: b } : { batch: b, seq: a },
  };
}

const SINE: RecurrentArgs = {
  kind: 'RNN', inputSize: 1, hiddenSize: 64, numLayers: 2, nonlinearity: 'tanh',
  bias: true, batchFirst: true, dropout: 0, bidirectional: false,
};

describe('recurrentShapes', () => {
  it('has at least 20 PyTorch cases to check against', () => {
    expect(table.cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(table.cases.map((c) => [c.name, c] as const))(
    'matches the shapes and parameter count PyTorch returned for %s',
    (_name, c) => {
      const { args, dims } = argsOf(c);
      const result = recurrentShapes(args, dims);
      if (!result.ok) throw new Error(`rejected valid arguments: ${JSON.stringify(result.issues)}`);
      const s = result.shapes;
      expect(s.input).toEqual(c.input_shape);
      expect(s.output).toEqual(c.output);
      expect(s.hN).toEqual(c.h_n);
      expect(s.cN).toEqual(c.c_n);
      // Object.entries keeps the fixture's order, which is named_parameters() order.
      expect(s.params.map((p) => [p.name, p.shape])).toEqual(Object.entries(c.params));
      expect(s.paramCount).toBe(c.param_count);
    },
  );

  it('reports hidden_size 0, a negative num_layers and a fractional input_size, each with its range', () => {
    const result = recurrentShapes({ ...SINE, hiddenSize: 0, numLayers: -1, inputSize: 1.5 }, { batch: 8, seq: 10 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { field: 'input_size', key: 'shapes.errors.wholeNumber', params: { name: 'input_size', min: 1, max: 4096 } },
      { field: 'hidden_size', key: 'shapes.errors.wholeNumber', params: { name: 'hidden_size', min: 1, max: 4096 } },
      { field: 'num_layers', key: 'shapes.errors.wholeNumber', params: { name: 'num_layers', min: 1, max: 16 } },
    ]);
  });

  it('rejects an empty field (NaN) and sizes above the limit', () => {
    const result = recurrentShapes(SINE, { batch: Number.NaN, seq: 5000 });
    expect(result.ok ? [] : result.issues.map((i) => i.field)).toEqual(['batch', 'seq']);
  });

  it.each([-0.1, 1, 1.5, Number.NaN])('rejects dropout %s outside [0, 1)', (dropout) => {
    const result = recurrentShapes({ ...SINE, dropout }, { batch: 8, seq: 10 });
    expect(result.ok ? [] : result.issues.map((i) => [i.field, i.key])).toEqual([['dropout', 'shapes.errors.dropoutRange']]);
  });

  it('accepts dropout 0.99 and notes that dropout does nothing with a single layer', () => {
    const two = recurrentShapes({ ...SINE, dropout: 0.99 }, { batch: 8, seq: 10 });
    const one = recurrentShapes({ ...SINE, dropout: 0.5, numLayers: 1 }, { batch: 8, seq: 10 });
    expect(two.ok && two.notes).toEqual([]);
    expect(one.ok && one.notes).toEqual(['shapes.notes.dropoutSingleLayer']);
  });

  it('keeps h_n time-independent and never batch-first while output follows batch_first', () => {
    const tm = recurrentShapes({ ...SINE, batchFirst: false, bidirectional: true }, { batch: 8, seq: 10 });
    expect(tm.ok && [tm.shapes.input, tm.shapes.output, tm.shapes.hN]).toEqual([[10, 8, 1], [10, 8, 128], [4, 8, 64]]);
  });
});
