/**
 * Classification accuracy of a model on a set of samples — the race's score, and the playground's
 * stopping rule. The prediction is the arg-max logit (ties go to the lower class, like
 * `torch.argmax`); for per-step tasks every scored step counts, unscored ones (-1) do not.
 */
import { gatherBatch } from '../batch.ts';
import { predict, type Model } from '../model.ts';
import type { SeqDataset } from '../tasks/types.ts';
import { EngineError } from '../errors.ts';

/** Index of the largest of `k` values starting at `off`; the first one wins a tie. */
export function argmax(values: ArrayLike<number>, off: number, k: number): number {
  let best = 0;
  for (let c = 1; c < k; c++) if (values[off + c] > values[off + best]) best = c;
  return best;
}

/**
 * The fraction of scored targets of `indices` (samples of `ds`) whose arg-max prediction equals
 * the class, in [0, 1] (0 when nothing is scored). Throws on regression data sets (accuracy
 * needs classes) and on an empty index list.
 */
export function accuracy(model: Model, ds: SeqDataset, indices: ArrayLike<number>): number {
  if (ds.targets.kind !== 'classes') throw new EngineError(`accuracy: data set '${ds.task}' has regression targets, expected classes`);
  if (indices.length === 0) throw new EngineError('accuracy: indices must not be empty');
  const k = ds.targets.classes;
  const batch = gatherBatch(ds, indices);
  const logits = predict(model, batch.x, batch.B, batch.T);
  let right = 0;
  let scored = 0;
  for (let r = 0; r < batch.y.length; r++) {
    if (batch.y[r] < 0) continue;
    scored++;
    if (argmax(logits, r * k, k) === batch.y[r]) right++;
  }
  return scored === 0 ? 0 : right / scored;
}

/** Row-wise softmax of [rows, k] logits (shifted by each row's max, so large logits cannot overflow). */
export function softmaxRows(logits: Float64Array, k: number): Float64Array {
  const out = new Float64Array(logits.length);
  for (let off = 0; off < logits.length; off += k) {
    let max = -Infinity;
    for (let c = 0; c < k; c++) max = Math.max(max, logits[off + c]);
    let sum = 0;
    for (let c = 0; c < k; c++) sum += out[off + c] = Math.exp(logits[off + c] - max);
    for (let c = 0; c < k; c++) out[off + c] /= sum;
  }
  return out;
}
