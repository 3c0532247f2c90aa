import { describe, expect, it } from 'vitest';
import { EngineError } from '../../src/engine/errors.ts';
import { createRng } from '../../src/engine/rng.ts';
import { createRecurrent, rnnModeFor, type RecurrentConfig } from '../../src/engine/recurrentConfig.ts';
import { recurrentForward } from '../../src/engine/recurrent.ts';
import { createModel, trainStep } from '../../src/engine/model.ts';
import { createAdam } from '../../src/engine/optim.ts';

const base: RecurrentConfig = {
  mode: 'RNN_TANH', inputSize: 1, hiddenSize: 4, numLayers: 1, bias: true,
  batchFirst: true, dropout: 0, bidirectional: false,
};

/** Runs `f` and returns what it threw (failing the test if it did not throw). */
function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

function expectEngineError(f: () => unknown, message: string): void {
  const e = thrown(f);
  expect(e).toBeInstanceOf(EngineError);
  expect((e as Error).name).toBe('EngineError');
  expect((e as Error).message).toBe(message);
}

describe('errors', () => {
  it('rejects hidden_size 0, naming the argument and the value', () => {
    expectEngineError(() => createRecurrent({ ...base, hiddenSize: 0 }, createRng(1)),
      'hidden_size must be a positive integer, got 0');
  });

  it('rejects an input of the wrong length with the expected shape and its layout', () => {
    const rec = createRecurrent(base, createRng(1));
    expectEngineError(() => recurrentForward(rec, new Float64Array(70), 8, 10),
      'input: expected shape [8, 10, 1] (batch, seq, input_size with batch_first=true), got length 70');
    const tm = createRecurrent({ ...base, batchFirst: false, inputSize: 2 }, createRng(1));
    expectEngineError(() => recurrentForward(tm, new Float64Array(5), 2, 3),
      'input: expected shape [3, 2, 2] (seq, batch, input_size with batch_first=false), got length 5');
  });

  it('rejects an unknown nonlinearity and an unknown mode', () => {
    expectEngineError(() => rnnModeFor('sigmoid'), "nonlinearity must be 'tanh' or 'relu', got 'sigmoid'");
    expectEngineError(
      () => createRecurrent({ ...base, mode: 'TRANSFORMER' as RecurrentConfig['mode'] }, createRng(1)),
      "mode must be one of 'RNN_TANH', 'RNN_RELU', 'LSTM', 'GRU', got 'TRANSFORMER'",
    );
  });

  it('rejects NaN in the input, naming the index', () => {
    const rec = createRecurrent(base, createRng(1));
    const x = new Float64Array(2 * 10);
    x[17] = NaN;
    expectEngineError(() => recurrentForward(rec, x, 2, 10), 'input contains NaN at index 17');
  });

  it('rejects an h0 of the wrong shape and a c0 for a mode without a cell state', () => {
    const rec = createRecurrent({ ...base, numLayers: 2 }, createRng(1));
    expectEngineError(() => recurrentForward(rec, new Float64Array(3), 3, 1, { h0: new Float64Array(4) }),
      'h0: expected shape [2, 3, 4] (num_layers * num_directions, batch, hidden_size), got length 4');
    expectEngineError(() => recurrentForward(rec, new Float64Array(3), 3, 1, { c0: new Float64Array(24) }),
      "c0: only LSTM has a cell state, got c0 for mode 'RNN_TANH'");
  });

  it('rejects a dropout outside [0, 1) and a training pass with dropout but no rng', () => {
    expectEngineError(() => createRecurrent({ ...base, dropout: 1 }, createRng(1)),
      'dropout must be a number in [0, 1), got 1');
    const rec = createRecurrent({ ...base, numLayers: 2, dropout: 0.2 }, createRng(1));
    expectEngineError(() => recurrentForward(rec, new Float64Array(2), 1, 2, { training: true }),
      'rng: required when training with dropout > 0, got undefined (dropout=0.2)');
  });

  it('rejects batch targets of the wrong kind or shape in a training step', () => {
    const model = createModel({
      mode: 'LSTM', inputSize: 1, hiddenSize: 3, numLayers: 1, bidirectional: false, bias: true,
      dropout: 0, outputSize: 1, head: 'last', loss: 'mse',
    }, 1);
    const opt = createAdam(model.params, { lr: 0.01 });
    expectEngineError(() => trainStep(model, opt, { x: new Float64Array(8), B: 2, T: 4, y: new Int32Array(2) }),
      "batch.y: expected Float64Array targets for loss 'mse', got Int32Array");
    expectEngineError(() => trainStep(model, opt, { x: new Float64Array(8), B: 2, T: 4, y: new Float64Array(3) }),
      'batch.y: expected shape [2, 1] (batch, output_size), got length 3');
    expectEngineError(() => trainStep(model, opt, { x: new Float64Array(8), B: 2, T: 4, y: new Float64Array(2) }, { truncation: 0 }),
      'truncation must be a positive integer, got 0');
  });
});
