/**
 * Classification accuracy of a many-to-one model on a set of samples — the race's score. The
 * prediction is the arg-max logit (ties go to the lower class, like `torch.argmax`).
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
 * The fraction of `indices` (samples of `ds`) whose arg-max prediction equals the class target,
 * in [0, 1]. Throws on regression data sets (accuracy needs classes) and on an empty index list.
 */
export function accuracy(model: Model, ds: SeqDataset, indices: ArrayLike<number>): number {
  if (ds.targets.kind !== 'classes') throw new EngineError(`accuracy: data set '${ds.task}' has regression targets, expected classes`);
  if (ds.arrangement !== 'many-to-one') throw new EngineError(`accuracy: expected a many-to-one data set, got '${ds.arrangement}'`);
  if (indices.length === 0) throw new EngineError('accuracy: indices must not be empty');
  const k = ds.targets.classes;
  const batch = gatherBatch(ds, indices);
  const logits = predict(model, batch.x, batch.B, batch.T);
  let right = 0;
  for (let b = 0; b < batch.B; b++) if (argmax(logits, b * k, k) === batch.y[b]) right++;
  return right / batch.B;
}
