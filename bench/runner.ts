/**
 * Unroll's engine as a benchmark runner: the lecture's sine data (the same numbers as the peer
 * benchmark: mulberry32 seed 1234 + Box–Muller), a stacked RNN/LSTM + Linear on the last step,
 * Adam, one step = forward + backward + update on a full batch.
 */
import { createAdam, createModel, evaluateLoss, gatherBatch, permutation, createRng, trainStep } from '../src/engine/index.ts';
import type { Batch } from '../src/engine/index.ts';
import { makeSine } from '../src/engine/tasks/sine.ts';
import type { Runner, Workload } from './protocol.ts';

/** The peer benchmark's data seed and shuffle seed (../shared/bench/src/common.ts). */
const DATA_SEED = 1234;
const SHUFFLE_SEED = 42;

/** Builds the runner and the epoch-batch source for a workload. */
export function makeUnrollRunner(w: Workload): { runner: Runner; epochBatches: () => Int32Array[] } {
  const ds = makeSine({ points: w.points, nTime: w.seq, noise: w.noise, heldOut: 0 }, DATA_SEED);
  const model = createModel(
    {
      mode: w.cell === 'lstm' ? 'LSTM' : 'RNN_TANH',
      inputSize: 1,
      hiddenSize: w.hidden,
      numLayers: w.layers,
      bidirectional: false,
      bias: true,
      dropout: 0,
      outputSize: 1,
      head: 'last',
      loss: 'mse',
    },
    7,
  );
  const adam = createAdam(model.params, { lr: w.lr });
  // The harness's pool: consecutive shuffled epochs, full batches only, ≥ 8 of them.
  const poolRng = createRng(SHUFFLE_SEED + 1);
  const pool: Batch[] = [];
  while (pool.length < 8) {
    const p = permutation(ds.n, poolRng);
    for (let i = 0; i + w.batch <= p.length; i += w.batch) pool.push(gatherBatch(ds, p.subarray(i, i + w.batch)));
  }
  const epochRng = createRng(SHUFFLE_SEED);
  const all = new Int32Array(ds.n).map((_, i) => i);
  let full: Batch | undefined;
  let partial: Batch | undefined;
  let evalBatch: Batch | undefined;
  const params = model.names.reduce((s, name) => s + (model.params[name]?.length ?? 0), 0);
  const runner: Runner = {
    info: { impl: 'Unroll engine (src/engine), Float64Array, layer-wise BPTT', optimizer: 'Adam(lr, 0.9, 0.999, eps 1e-8)' },
    params,
    poolSize: pool.length,
    step(k) {
      trainStep(model, adam, pool[k] as Batch);
    },
    epoch(batches) {
      for (const idx of batches) {
        if (idx.length === w.batch) {
          full = gatherBatch(ds, idx, full);
          trainStep(model, adam, full);
        } else {
          partial = gatherBatch(ds, idx, partial);
          trainStep(model, adam, partial);
        }
      }
    },
    loss() {
      evalBatch = gatherBatch(ds, all, evalBatch);
      return evaluateLoss(model, evalBatch);
    },
  };
  const epochBatches = (): Int32Array[] => {
    const p = permutation(ds.n, epochRng);
    const out: Int32Array[] = [];
    for (let i = 0; i < p.length; i += w.batch) out.push(p.subarray(i, Math.min(i + w.batch, p.length)));
    return out;
  };
  return { runner, epochBatches };
}
