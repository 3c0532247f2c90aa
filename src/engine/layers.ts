/**
 * `nn.Linear(in_features, out_features)`: y = x·Wᵀ + b, the head that turns hidden states into
 * predictions (the lecture's `fc`). Initialised like PyTorch: W and b ~ U(−1/√in, 1/√in)
 * (kaiming_uniform with a = √5 reduces to exactly that bound).
 */
import { type Rng } from './rng.ts';
import { assertPositiveInt } from './errors.ts';
import { addColumnSums, fillRows, gemmNN, gemmNT, gemmTN } from './kernels.ts';

/** A Linear layer as plain data, parameters under PyTorch's names `weight` and `bias`. */
export type Linear = {
  inFeatures: number;
  outFeatures: number;
  /** ['weight', 'bias'] (or ['weight'] without bias), PyTorch's order */
  names: readonly string[];
  /** weight → [out, in], bias → [out] */
  shapes: Readonly<Record<string, readonly number[]>>;
  /** weight: [out, in] row-major; bias: [out] */
  params: Record<string, Float64Array>;
  /** gradients, same keys and shapes; backward accumulates */
  grads: Record<string, Float64Array>;
};

/** Creates a Linear layer, drawing weight then bias from `rng` (PyTorch's order). */
export function createLinear(inFeatures: number, outFeatures: number, rng: Rng, bias = true): Linear {
  assertPositiveInt('in_features', inFeatures);
  assertPositiveInt('out_features', outFeatures);
  const bound = 1 / Math.sqrt(inFeatures);
  const weight = new Float64Array(outFeatures * inFeatures);
  for (let i = 0; i < weight.length; i++) weight[i] = rng.range(-bound, bound);
  const params: Record<string, Float64Array> = { weight };
  const grads: Record<string, Float64Array> = { weight: new Float64Array(weight.length) };
  const shapes: Record<string, readonly number[]> = { weight: [outFeatures, inFeatures] };
  const names = ['weight'];
  if (bias) {
    const b = new Float64Array(outFeatures);
    for (let i = 0; i < outFeatures; i++) b[i] = rng.range(-bound, bound);
    params.bias = b;
    grads.bias = new Float64Array(outFeatures);
    shapes.bias = [outFeatures];
    names.push('bias');
  }
  return { inFeatures, outFeatures, names, shapes, params, grads };
}

/**
 * y = x·Wᵀ + b for `rows` rows. x: [rows, in] at `xOff` with row stride `ldx`; y: [rows, out],
 * overwritten.
 */
export function linearForward(
  lin: Linear, rows: number, x: Float64Array, xOff: number, ldx: number, y: Float64Array,
): void {
  const { inFeatures: I, outFeatures: O } = lin;
  const b = lin.params.bias;
  if (b !== undefined) fillRows(rows, O, b, y, 0, O);
  else y.fill(0, 0, rows * O);
  gemmNT(rows, O, I, x, xOff, ldx, lin.params.weight, 0, I, y, 0, O);
}

/**
 * Given dy = dL/dy ([rows, out]): accumulates dW += dyᵀ·x and db += Σ dy into `grads`, and
 * *overwrites* dx ([rows, in] at `dxOff`, stride `lddx`) with dy·W unless dx is null.
 */
export function linearBackward(
  lin: Linear, rows: number, x: Float64Array, xOff: number, ldx: number, dy: Float64Array,
  grads: Record<string, Float64Array>, dx: Float64Array | null, dxOff: number, lddx: number,
): void {
  const { inFeatures: I, outFeatures: O } = lin;
  gemmTN(O, I, rows, dy, 0, O, x, xOff, ldx, grads.weight, 0, I);
  const gb = grads.bias;
  if (gb !== undefined) addColumnSums(rows, O, dy, 0, O, gb, 0);
  if (dx !== null) {
    for (let r = 0; r < rows; r++) dx.fill(0, dxOff + r * lddx, dxOff + r * lddx + I);
    gemmNN(rows, I, O, dy, 0, O, lin.params.weight, 0, I, dx, dxOff, lddx);
  }
}
