/**
 * Seeded pseudo-random numbers. Every random draw in the engine (initial weights, dropout masks,
 * data noise, shuffling) goes through an `Rng` passed in explicitly, so the same seed gives the
 * same numbers in the worker, in tests and in a shared link.
 *
 * mulberry32 + Box–Muller, bit-for-bit the generator of the shared peer benchmark
 * (../shared/bench/src/common.ts), so our sine data equals the benchmark's for the same seed.
 */

/** A stream of random numbers; `uniform()` is in [0, 1). */
export interface Rng {
  /** Uniform in [0, 1), 32 bits of entropy. */
  uniform(): number;
  /** Standard normal N(0, 1) by Box–Muller (one value per two uniforms, no caching). */
  normal(): number;
  /** Uniform in [lo, hi). */
  range(lo: number, hi: number): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** The generator's internal 32-bit state, for checkpoints (restore with `createRng(state, true)`). */
  state(): number;
}

/** The mulberry32 step on a 32-bit state; returns [nextState, uniform]. */
function mulberry32Step(a: number): [number, number] {
  const s = (a + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1) >>> 0;
  t = (t ^ (t + (Math.imul(t ^ (t >>> 7), t | 61) >>> 0))) >>> 0;
  return [s, ((t ^ (t >>> 14)) >>> 0) / 4294967296];
}

/**
 * Creates a generator from a seed (any integer; taken modulo 2^32). With `raw = true` the seed
 * is an internal state previously returned by `state()`.
 */
export function createRng(seed: number, raw = false): Rng {
  let a = raw ? seed >>> 0 : (seed | 0) >>> 0;
  const uniform = (): number => {
    const [s, u] = mulberry32Step(a);
    a = s;
    return u;
  };
  return {
    uniform,
    normal() {
      let u1 = uniform();
      // Guards log(0); same clamp as the benchmark so the streams stay identical.
      if (u1 < 1e-12) u1 = 1e-12;
      const u2 = uniform();
      return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    },
    range(lo, hi) {
      return lo + (hi - lo) * uniform();
    },
    int(n) {
      return Math.floor(uniform() * n);
    },
    state() {
      return a;
    },
  };
}

/** Fisher–Yates permutation of 0..n-1 (same draw order as the benchmark's `permutation`). */
export function permutation(n: number, rng: Rng): Int32Array {
  const p = new Int32Array(n);
  for (let i = 0; i < n; i++) p[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.uniform() * (i + 1));
    const t = p[i];
    p[i] = p[j];
    p[j] = t;
  }
  return p;
}
