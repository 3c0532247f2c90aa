/**
 * Mini-batches from a data set: copies the chosen samples into (reusable) batch buffers.
 */
import type { SeqDataset } from './tasks/types.ts';
import type { Batch, HeadKind } from './model.ts';

/** The head a data set's arrangement needs: one output per sequence, or one per step. */
export function headFor(ds: SeqDataset): HeadKind {
  return ds.arrangement === 'many-to-one' ? 'last' : 'each';
}

function targetsPerSample(ds: SeqDataset): number {
  const perStep = ds.arrangement === 'many-to-one' ? 1 : ds.T;
  return ds.targets.kind === 'regression' ? perStep * ds.targets.outSize : perStep;
}

/**
 * Gathers samples `indices` of `ds` into a batch: x [B, T, inputSize] and y in the layout the
 * model expects (see `Batch`). Reuses `out`'s buffers when they have the right sizes, so an
 * epoch loop allocates nothing after its first full batch.
 */
export function gatherBatch(ds: SeqDataset, indices: ArrayLike<number>, out?: Batch): Batch {
  const B = indices.length;
  const xs = ds.T * ds.inputSize;
  const ys = targetsPerSample(ds);
  const regression = ds.targets.kind === 'regression';
  let batch = out;
  if (batch === undefined || batch.x.length !== B * xs || batch.y.length !== B * ys
    || (batch.y instanceof Int32Array) === regression) {
    batch = {
      x: new Float64Array(B * xs), B, T: ds.T,
      y: regression ? new Float64Array(B * ys) : new Int32Array(B * ys),
    };
  }
  batch.B = B;
  batch.T = ds.T;
  const srcY = ds.targets.y;
  for (let b = 0; b < B; b++) {
    const s = indices[b];
    for (let k = 0; k < xs; k++) batch.x[b * xs + k] = ds.x[s * xs + k];
    for (let k = 0; k < ys; k++) batch.y[b * ys + k] = srcY[s * ys + k];
  }
  return batch;
}
