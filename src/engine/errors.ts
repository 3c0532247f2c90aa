/**
 * Programmer errors of the engine, and the checks that raise them.
 *
 * The engine throws only when its caller broke a contract (a zero hidden size, an input of the
 * wrong length, NaN fed into a forward pass). Data that comes from people — a state-dict file, a
 * URL — is validated elsewhere and turned into error *values* (see `stateDict.ts`). Every message
 * names the argument and says what was expected and what arrived, so a failing worker or test
 * points straight at the bad call.
 */

/** Thrown on misuse of the engine API; `message` names the argument, the expectation and the value. */
export class EngineError extends Error {
  override name = 'EngineError';
}

/** Renders a value for an error message: strings quoted like the PyTorch argument they mimic. */
function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

/** Throws unless `value` is an integer ≥ 1, e.g. `hidden_size must be a positive integer, got 0`. */
export function assertPositiveInt(name: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new EngineError(`${name} must be a positive integer, got ${show(value)}`);
  }
}

/** Throws unless `value` is one of `allowed`, e.g. `nonlinearity must be 'tanh' or 'relu', got 'sigmoid'`. */
export function assertOneOf<T extends string>(
  name: string,
  value: unknown,
  allowed: readonly T[],
): asserts value is T {
  if (!allowed.includes(value as T)) {
    const list =
      allowed.length <= 2
        ? allowed.map(show).join(' or ')
        : `one of ${allowed.map(show).join(', ')}`;
    throw new EngineError(`${name} must be ${list}, got ${show(value)}`);
  }
}

/** Throws unless `value` is a finite number in [lo, hi) — e.g. dropout probabilities. */
export function assertInRange(name: string, value: unknown, lo: number, hi: number): void {
  if (typeof value !== 'number' || !(value >= lo && value < hi)) {
    throw new EngineError(`${name} must be a number in [${lo}, ${hi}), got ${show(value)}`);
  }
}

/**
 * Throws unless `arr` holds exactly d0·d1·d2 elements (give as many dimensions as the shape has).
 * `layout` explains the axes, e.g. `(batch, seq, input_size with batch_first=true)`, giving
 * `input: expected shape [8, 10, 1] (batch, seq, input_size ...), got length 70`. Dimensions are
 * separate arguments so that the check allocates nothing when it passes (it runs every step).
 */
export function assertShape(
  name: string,
  arr: ArrayLike<number> | null | undefined,
  layout: string,
  d0: number,
  d1?: number,
  d2?: number,
): void {
  const n = d0 * (d1 ?? 1) * (d2 ?? 1);
  if (arr == null || arr.length !== n) {
    const dims = [d0, d1, d2].filter((d) => d !== undefined).join(', ');
    const got = arr == null ? String(arr) : `length ${arr.length}`;
    throw new EngineError(`${name}: expected shape [${dims}] ${layout}, got ${got}`);
  }
}

/** Throws at the first NaN or ±Infinity: `input contains NaN at index 17`. */
export function assertFinite(name: string, arr: ArrayLike<number>): void {
  for (let i = 0; i < arr.length; i++) {
    const v = arr[i];
    // `v - v` is 0 for finite numbers and NaN for NaN/±Infinity: one branch per element.
    if (v - v !== 0) {
      throw new EngineError(`${name} contains ${String(v)} at index ${i}`);
    }
  }
}
