import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addColumnSums, createPanels, fillRows, gemmNN, gemmNT, gemmNTPacked, gemmTN, MR, NR, packCols, packRows,
} from '../../src/engine/kernels.ts';
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

type Dims = { M: number; N: number; K: number; pad: number; off: number; seed: number };

/** Runs one product with offsets and padded leading dimensions and checks it against `naive`. */
function checkProduct(name: 'gemmNT' | 'gemmTN' | 'gemmNN', gemm: typeof gemmNT, d: Dims, digits = 12): void {
  const { M, N, K, pad, off, seed } = d;
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
      expect(C[at]).toBeCloseTo((C0[at] ?? NaN) + (ref[i * N + j] ?? NaN), digits);
    }
  }
  // Padding and the region before the offset are untouched.
  for (let i = 0; i < off; i++) expect(C[i]).toBe(C0[i]);
  for (let i = 0; i < M; i++) for (let j = N; j < ldc; j++) expect(C[off + i * ldc + j]).toBe(C0[off + i * ldc + j]);
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
      fc.assert(fc.property(dims, (d) => checkProduct(name, gemm, d)), { numRuns: 150, seed: 7 });
    });
  }

  // Sizes past the packing threshold (M, N ≥ 16), past the k-chunk (K > 256), and not multiples
  // of the 4×3 micro-kernel, so the packed path with its padded edge tiles is what runs.
  const bigDims = fc.record({
    M: fc.integer({ min: 1, max: 37 }),
    N: fc.integer({ min: 1, max: 37 }),
    K: fc.integer({ min: 1, max: 300 }),
    pad: fc.integer({ min: 0, max: 3 }),
    off: fc.integer({ min: 0, max: 5 }),
    seed: fc.integer({ min: 0, max: 1000 }),
  });

  for (const [name, gemm] of variants) {
    it(`${name} accumulates the product into C on the packed path, edges and k-chunks included`, () => {
      fc.assert(fc.property(bigDims, (d) => checkProduct(name, gemm, d, 11)), { numRuns: 60, seed: 8 });
      // And one case that is all of it at once: two k-chunks, a partial row and column panel.
      checkProduct(name, gemm, { M: 37, N: 29, K: 600, pad: 2, off: 3, seed: 5 }, 11);
    });
  }

  it('gemmNTPacked multiplies by a weight packed once from its rows or its columns', () => {
    fc.assert(fc.property(bigDims, fc.boolean(), ({ M, N, K, pad, off, seed }, fromCols) => {
      const m = (M % 13) + 1; // batch-sized: exercises the one-row loop for the last M mod 4 rows
      const lda = K + pad;
      const ldc = N + pad;
      const A = randomArray(off + m * lda, seed);
      // The weight as [N×K] rows (forward, h·Wᵀ) or as the columns of a [K×N] matrix (backward, dz·W).
      const ldw = (fromCols ? N : K) + pad;
      const W = randomArray(off + (fromCols ? K : N) * ldw, seed + 1);
      const P = createPanels();
      if (fromCols) packCols(NR, N, K, W, off, ldw, P);
      else packRows(NR, N, K, W, off, ldw, P);
      const C = randomArray(off + m * ldc, seed + 2);
      const C0 = C.slice();
      gemmNTPacked(m, N, K, A, off, lda, P, C, off, ldc);
      const w: Access = fromCols ? (k, j) => W[off + k * ldw + j] ?? NaN : (k, j) => W[off + j * ldw + k] ?? NaN;
      const ref = naive(m, N, K, (i, k) => A[off + i * lda + k] ?? NaN, w);
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < N; j++) {
          const at = off + i * ldc + j;
          expect(C[at]).toBeCloseTo((C0[at] ?? NaN) + (ref[i * N + j] ?? NaN), 11);
        }
      }
      for (let i = 0; i < m; i++) for (let j = N; j < ldc; j++) expect(C[off + i * ldc + j]).toBe(C0[off + i * ldc + j]);
    }), { numRuns: 60, seed: 9 });
  });

  it('packs R rows (or columns) interleaved along k, padding the last panel with zeros', () => {
    // X = [[1, 2], [3, 4], [5, 6]] at offset 1 with leading dimension 3 (one unused column).
    const X = Float64Array.from([9, 1, 2, 0, 3, 4, 0, 5, 6, 0]);
    const P = createPanels();
    packRows(2, 3, 2, X, 1, 3, P);
    // panel 0 = rows 0, 1: k = 0 → (1, 3), k = 1 → (2, 4); panel 1 = row 2 and a zero row.
    expect(P.slice(0, 8)).toEqual([1, 3, 2, 4, 5, 0, 6, 0]);
    packCols(MR, 2, 3, X, 1, 3, P);
    // the two columns (1, 3, 5) and (2, 4, 6) as one panel of 4, two columns of zeros.
    expect(P.slice(0, 12)).toEqual([1, 2, 0, 0, 3, 4, 0, 0, 5, 6, 0, 0]);
  });

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
