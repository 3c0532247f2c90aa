import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addColumnSums, fillRows, gemmNN, gemmNT, gemmTN } from '../../src/engine/kernels.ts';
import { randomArray } from './helpers/fd.ts';

// Oracle: the textbook triple loop over explicit (row, col) accessors.
type Access = (r: number, c: number) => number;
function naive(M: number, N: number, K: number, a: Access, b: Access): number[] {
  const out: number[] = [];
  for (let i = 0; i < M; i++) {
    for (let j = 0; j < N; j++) {
      let s = 0;
      for (let k = 0; k < K; k++) s += a(i, k) * b(k, j);
      out.push(s);
    }
  }
  return out;
}

const dims = fc.record({
  M: fc.integer({ min: 1, max: 11 }),
  N: fc.integer({ min: 1, max: 11 }),
  K: fc.integer({ min: 1, max: 9 }),
  pad: fc.integer({ min: 0, max: 3 }),
  off: fc.integer({ min: 0, max: 5 }),
  seed: fc.integer({ min: 0, max: 1000 }),
});

const variants = [['gemmNT', gemmNT], ['gemmTN', gemmTN], ['gemmNN', gemmNN]] as const;

describe('kernels', () => {
  for (const [name, gemm] of variants) {
    it(`${name} accumulates the product into C for any sizes, offsets and leading dimensions`, () => {
      fc.assert(fc.property(dims, ({ M, N, K, pad, off, seed }) => {
        // Stored shapes: NT → A [M,K], B [N,K]; TN → A [K,M], B [K,N]; NN → A [M,K], B [K,N].
        const [aRows, aCols] = name === 'gemmTN' ? [K, M] : [M, K];
        const [bRows, bCols] = name === 'gemmNT' ? [N, K] : [K, N];
        const lda = aCols + pad;
        const ldb = bCols + pad;
        const ldc = N + pad;
        const A = randomArray(off + aRows * lda, seed);
        const B = randomArray(off + bRows * ldb, seed + 1);
        const C = randomArray(off + M * ldc, seed + 2);
        const C0 = C.slice();
        gemm(M, N, K, A, off, lda, B, off, ldb, C, off, ldc);
        const a: Access = name === 'gemmTN' ? (i, k) => A[off + k * lda + i] ?? NaN : (i, k) => A[off + i * lda + k] ?? NaN;
        const b: Access = name === 'gemmNT' ? (k, j) => B[off + j * ldb + k] ?? NaN : (k, j) => B[off + k * ldb + j] ?? NaN;
        const ref = naive(M, N, K, a, b);
        for (let i = 0; i < M; i++) {
          for (let j = 0; j < N; j++) {
            const at = off + i * ldc + j;
            expect(C[at]).toBeCloseTo((C0[at] ?? NaN) + (ref[i * N + j] ?? NaN), 12);
          }
        }
        // Padding and the region before the offset are untouched.
        for (let i = 0; i < off; i++) expect(C[i]).toBe(C0[i]);
        for (let i = 0; i < M; i++) for (let j = N; j < ldc; j++) expect(C[off + i * ldc + j]).toBe(C0[off + i * ldc + j]);
      }), { numRuns: 150, seed: 7 });
    });
  }

  it('adds column sums and fills rows with a bias', () => {
    const A = Float64Array.from([1, 2, 3, 4, 5, 6]);
    const out = Float64Array.from([10, 20, 30]);
    addColumnSums(2, 3, A, 0, 3, out, 0);
    expect(Array.from(out)).toEqual([15, 27, 39]);
    const C = new Float64Array(8);
    fillRows(2, 3, Float64Array.from([7, 8, 9]), C, 1, 4);
    expect(Array.from(C)).toEqual([0, 7, 8, 9, 0, 7, 8, 9]);
  });
});
