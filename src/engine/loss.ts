/**
 * Losses with their gradients, matching PyTorch's defaults (`reduction='mean'`):
 * `F.mse_loss` (mean over every element) and `F.cross_entropy` (softmax + negative log
 * likelihood, mean over the targets that are not ignored; target −1 = `ignore_index`).
 *
 * The per-element `{ f, df }` pairs are the readable reference; the batch functions fuse them.
 */

/** A per-element loss with its derivative in the prediction. */
export type LossPair<Target> = Readonly<{
  /** the loss of one prediction */
  f: (pred: number, target: Target) => number;
  /** d f / d pred */
  df: (pred: number, target: Target) => number;
}>;

/** Squared error (p − y)², whose mean is `F.mse_loss`. */
export const squaredError: LossPair<number> = {
  f: (p, y) => (p - y) * (p - y),
  df: (p, y) => 2 * (p - y),
};

/** Which loss a model trains with: regression ('mse') or classification ('ce'). */
export type LossName = 'mse' | 'ce';

/** Target value meaning "no target here" in class targets, like PyTorch's `ignore_index`. */
export const IGNORE_INDEX = -1;

/**
 * Mean squared error over `n` elements; writes dL/dpred = 2(p − y)/n into `grad` (if given).
 * Returns the loss.
 */
export function mseLoss(pred: Float64Array, target: Float64Array, n: number, grad: Float64Array | null): number {
  let s = 0;
  const scale = 2 / n;
  for (let i = 0; i < n; i++) {
    const d = pred[i] - target[i];
    s += d * d;
    if (grad !== null) grad[i] = scale * d;
  }
  return s / n;
}

/**
 * Cross-entropy of `rows` rows of `classes` logits ([rows, classes] row-major) against class
 * indices (`IGNORE_INDEX` rows are skipped). Loss = mean over counted rows of
 * −log softmax(logits)[target]; gradient (softmax − onehot)/count, 0 on ignored rows.
 * With every row ignored PyTorch returns NaN (0/0); we return 0 and a zero gradient so a
 * loss chart never breaks on a batch without targets.
 */
export function crossEntropyLoss(
  logits: Float64Array, targets: Int32Array, rows: number, classes: number, grad: Float64Array | null,
): number {
  let count = 0;
  for (let r = 0; r < rows; r++) if (targets[r] !== IGNORE_INDEX) count++;
  let s = 0;
  for (let r = 0; r < rows; r++) {
    const o = r * classes;
    const y = targets[r];
    if (y === IGNORE_INDEX) {
      if (grad !== null) grad.fill(0, o, o + classes);
      continue;
    }
    // log-sum-exp shifted by the max, as torch's log_softmax does, so large logits cannot overflow
    let m = -Infinity;
    for (let k = 0; k < classes; k++) if (logits[o + k] > m) m = logits[o + k];
    let z = 0;
    for (let k = 0; k < classes; k++) z += Math.exp(logits[o + k] - m);
    const lse = m + Math.log(z);
    s += lse - logits[o + y];
    if (grad !== null) {
      for (let k = 0; k < classes; k++) grad[o + k] = Math.exp(logits[o + k] - lse) / count;
      grad[o + y] -= 1 / count;
    }
  }
  return count === 0 ? 0 : s / count;
}
