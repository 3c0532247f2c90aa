/**
 * Nested JSON arrays (PyTorch's `tensor.tolist()`) ⇄ flat row-major Float64Array, and the
 * fixture comparison rule `|a − b| ≤ 1e-9 + 1e-7·|b|` with the first mismatching path.
 */

/** A nested list of numbers as JSON gives it. */
export type Nested = number | Nested[];

/** Flattens row-major and returns the shape (a scalar has shape []). */
export function flatten(value: Nested): { data: Float64Array; shape: number[] } {
  const shape: number[] = [];
  let probe: Nested = value;
  while (Array.isArray(probe)) {
    shape.push(probe.length);
    probe = probe[0] as Nested;
  }
  const out: number[] = [];
  const walk = (v: Nested, depth: number): void => {
    if (Array.isArray(v)) {
      if (v.length !== shape[depth]) throw new Error(`ragged nested array at depth ${depth}`);
      for (const x of v) walk(x, depth + 1);
    } else {
      out.push(v);
    }
  };
  walk(value, 0);
  return { data: Float64Array.from(out), shape };
}

/** "[i][j][k]" for a flat index into `shape`. */
export function indexPath(shape: readonly number[], flat: number): string {
  const idx: number[] = [];
  let r = flat;
  for (let d = shape.length - 1; d >= 0; d--) {
    const n = shape[d] ?? 1;
    idx.unshift(r % n);
    r = Math.floor(r / n);
  }
  return idx.map((i) => `[${i}]`).join('');
}

/** Absolute and relative tolerance of the torch fixtures. */
export const ATOL = 1e-9;
export const RTOL = 1e-7;

/** Whether `a` matches the reference `b` within the fixture tolerance. */
export function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= ATOL + RTOL * Math.abs(b);
}

/**
 * Compares `actual` (flat) with the nested reference; returns null when every element matches,
 * otherwise a message naming the first mismatching path, e.g. `grads.weight_hh_l0[2][1]: …`.
 */
export function firstMismatch(path: string, actual: ArrayLike<number>, expected: Nested): string | null {
  const { data, shape } = flatten(expected);
  if (actual.length !== data.length) {
    return `${path}: length ${actual.length}, expected ${data.length} (shape [${shape.join(', ')}])`;
  }
  for (let i = 0; i < data.length; i++) {
    const a = actual[i] ?? NaN;
    const b = data[i] ?? NaN;
    if (!close(a, b)) return `${path}${indexPath(shape, i)}: got ${a}, expected ${b} (diff ${Math.abs(a - b)})`;
  }
  return null;
}
