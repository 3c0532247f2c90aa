import { describe, expect, it } from 'vitest';
import { createRng, permutation } from '../../src/engine/rng.ts';

// Reference values computed independently from the published mulberry32 algorithm
// (the shared benchmark's generator), written out by hand here.
function mulberryRef(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1) >>> 0;
    t = (t ^ (t + (Math.imul(t ^ (t >>> 7), t | 61) >>> 0))) >>> 0;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('rng', () => {
  it('reproduces the benchmark generator stream for the same seed', () => {
    const ref = mulberryRef(1234);
    const rng = createRng(1234);
    for (let i = 0; i < 100; i++) expect(rng.uniform()).toBe(ref());
  });

  it('gives uniform values in [0, 1) with a mean near one half', () => {
    const rng = createRng(7);
    let sum = 0;
    for (let i = 0; i < 20000; i++) {
      const u = rng.uniform();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      sum += u;
    }
    expect(Math.abs(sum / 20000 - 0.5)).toBeLessThan(0.01);
  });

  it('gives normal values with mean 0 and variance 1', () => {
    const rng = createRng(99);
    let s = 0;
    let s2 = 0;
    const n = 40000;
    for (let i = 0; i < n; i++) {
      const z = rng.normal();
      s += z;
      s2 += z * z;
    }
    expect(Math.abs(s / n)).toBeLessThan(0.02);
    expect(Math.abs(s2 / n - 1)).toBeLessThan(0.03);
  });

  it('resumes the same stream from a saved state', () => {
    const a = createRng(5);
    a.uniform();
    const b = createRng(a.state(), true);
    expect(b.uniform()).toBe(a.uniform());
  });

  it('permutes every index exactly once', () => {
    const p = permutation(50, createRng(3));
    expect([...p].sort((x, y) => x - y)).toEqual([...Array(50).keys()]);
  });
});
