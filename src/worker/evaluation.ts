/**
 * What a snapshot reports about the model as a whole: the loss over every training sample and
 * over the held-out samples, and the model's outputs for the plotted samples — all from one
 * forward pass over the data set in eval mode.
 *
 * "Loss" in the status and the loss chart is this full-data mean (MSE, or cross-entropy over the
 * counted targets), not the noisy last mini-batch loss: it depends only on the parameters, so a
 * replayed share link shows the same number bit for bit.
 */
import { predict } from '../engine/model.ts';
import { crossEntropyLoss, mseLoss } from '../engine/loss.ts';
import type { SeqDataset } from '../engine/tasks/types.ts';
import type { Session } from './session.ts';

/** At most this many samples' outputs go to the UI (a chart or a table shows no more). */
export const MAX_OUTPUT_SAMPLES = 128;

/** The result of `evaluate`. */
export type Evaluation = Readonly<{
  /** mean loss over the training samples */
  loss: number;
  /** mean loss over the held-out samples; null when none are held out */
  heldOutLoss: number | null;
  /** outputs of the first min(n, MAX_OUTPUT_SAMPLES) samples: values (regression) or class probabilities */
  outputs: Float64Array;
  /** [samples, outSize] or [samples, T, outSize] */
  outputShape: readonly number[];
}>;

/** Rows of predictions (and targets) per sample: 1 for many-to-one, T otherwise. */
function rowsPerSample(ds: SeqDataset): number {
  return ds.arrangement === 'many-to-one' ? 1 : ds.T;
}

/** The mean loss of the samples `indices`, given predictions for all samples. */
function subsetLoss(ds: SeqDataset, pred: Float64Array, indices: Int32Array, width: number): number {
  const rows = rowsPerSample(ds);
  const per = rows * width;
  const p = new Float64Array(indices.length * per);
  for (let i = 0; i < indices.length; i++) {
    const s = indices[i] ?? 0;
    p.set(pred.subarray(s * per, (s + 1) * per), i * per);
  }
  const t = ds.targets;
  if (t.kind === 'regression') {
    const y = new Float64Array(indices.length * per);
    for (let i = 0; i < indices.length; i++) {
      const s = indices[i] ?? 0;
      y.set(t.y.subarray(s * per, (s + 1) * per), i * per);
    }
    return mseLoss(p, y, y.length, null);
  }
  const y = new Int32Array(indices.length * rows);
  for (let i = 0; i < indices.length; i++) {
    const s = indices[i] ?? 0;
    y.set(t.y.subarray(s * rows, (s + 1) * rows), i * rows);
  }
  return crossEntropyLoss(p, y, y.length, width, null);
}

/** Softmax of every row of `logits` ([rows, width]), in place. */
function softmaxRows(logits: Float64Array, width: number): void {
  for (let o = 0; o < logits.length; o += width) {
    let m = -Infinity;
    for (let k = 0; k < width; k++) m = Math.max(m, logits[o + k] ?? 0);
    let z = 0;
    for (let k = 0; k < width; k++) {
      const e = Math.exp((logits[o + k] ?? 0) - m);
      logits[o + k] = e;
      z += e;
    }
    for (let k = 0; k < width; k++) logits[o + k] = (logits[o + k] ?? 0) / z;
  }
}

/** Evaluates the session's model on its whole data set (eval mode: no dropout, no gradients). */
export function evaluate(s: Session): Evaluation {
  const ds = s.dataset;
  const width = s.model.config.outputSize;
  const pred = predict(s.model, ds.x, ds.n, ds.T);
  const loss = subsetLoss(ds, pred, ds.train, width);
  const heldOutLoss = ds.heldOut.length > 0 ? subsetLoss(ds, pred, ds.heldOut, width) : null;
  const shown = Math.min(ds.n, MAX_OUTPUT_SAMPLES);
  const rows = rowsPerSample(ds);
  const outputs = pred.slice(0, shown * rows * width);
  if (ds.targets.kind === 'classes') softmaxRows(outputs, width);
  const outputShape = rows === 1 ? [shown, width] : [shown, rows, width];
  return { loss, heldOutLoss, outputs, outputShape };
}
