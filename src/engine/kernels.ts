/**
 * The few hot loops: matrix products on Float64Array with offsets and leading dimensions.
 *
 * Every matrix is row-major: element (r, c) of a matrix stored at `off` with leading dimension
 * `ld` is `X[off + r * ld + c]`, so a block of rows inside a bigger buffer (one time step of a
 * [T, B, H] sequence, one direction's half of a [T, B, 2H] output) is addressed without copying.
 * All products *accumulate* (C += …): backward passes sum over time steps and directions, and
 * callers that want C = … zero C first.
 *
 * Two implementations behind `gemmNT` / `gemmTN` / `gemmNN`:
 * - small products (M or N under 16, or K under 8) run a direct 4×4 register-blocked kernel on the arrays as
 *   they are: sixteen running sums stay in registers while the k loop streams 4 rows/columns of
 *   each operand, ~3× the plain triple loop on V8 (/work/shared/bench/RESULTS.md, "gemm4x4");
 * - larger ones pack both operands into panels and run one 4×3 micro-kernel (see "Packed path"
 *   below), ~1.1–1.35× the direct kernel on the workloads' shapes.
 * The recurrences call `gemmNTPacked` with W_hh packed once per pass (cells/rnn.ts, lstm.ts, gru.ts).
 * Positional arguments (not option objects) keep these calls allocation-free and monomorphic.
 */

/** The direct 4×4 kernel of `gemmNT`; edges that are not multiples of 4 run 4×1, 1×4 and 1×1. */
function directNT(
  M: number, N: number, K: number,
  A: Float64Array, aOff: number, lda: number,
  B: Float64Array, bOff: number, ldb: number,
  C: Float64Array, cOff: number, ldc: number,
): void {
  const M4 = M - (M & 3);
  const N4 = N - (N & 3);
  let i = 0;
  for (; i < M4; i += 4) {
    const a0 = aOff + i * lda, a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda;
    const c0 = cOff + i * ldc, c1 = c0 + ldc, c2 = c1 + ldc, c3 = c2 + ldc;
    let j = 0;
    for (; j < N4; j += 4) {
      const b0 = bOff + j * ldb, b1 = b0 + ldb, b2 = b1 + ldb, b3 = b2 + ldb;
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      let s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
      for (let k = 0; k < K; k++) {
        const x0 = A[a0 + k], x1 = A[a1 + k], x2 = A[a2 + k], x3 = A[a3 + k];
        const y0 = B[b0 + k], y1 = B[b1 + k], y2 = B[b2 + k], y3 = B[b3 + k];
        s00 += x0 * y0; s01 += x0 * y1; s02 += x0 * y2; s03 += x0 * y3;
        s10 += x1 * y0; s11 += x1 * y1; s12 += x1 * y2; s13 += x1 * y3;
        s20 += x2 * y0; s21 += x2 * y1; s22 += x2 * y2; s23 += x2 * y3;
        s30 += x3 * y0; s31 += x3 * y1; s32 += x3 * y2; s33 += x3 * y3;
      }
      C[c0 + j] += s00; C[c0 + j + 1] += s01; C[c0 + j + 2] += s02; C[c0 + j + 3] += s03;
      C[c1 + j] += s10; C[c1 + j + 1] += s11; C[c1 + j + 2] += s12; C[c1 + j + 3] += s13;
      C[c2 + j] += s20; C[c2 + j + 1] += s21; C[c2 + j + 2] += s22; C[c2 + j + 3] += s23;
      C[c3 + j] += s30; C[c3 + j + 1] += s31; C[c3 + j + 2] += s32; C[c3 + j + 3] += s33;
    }
    for (; j < N; j++) {
      const b0 = bOff + j * ldb;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let k = 0; k < K; k++) {
        const y = B[b0 + k];
        s0 += A[a0 + k] * y; s1 += A[a1 + k] * y; s2 += A[a2 + k] * y; s3 += A[a3 + k] * y;
      }
      C[c0 + j] += s0; C[c1 + j] += s1; C[c2 + j] += s2; C[c3 + j] += s3;
    }
  }
  for (; i < M; i++) {
    const a0 = aOff + i * lda;
    const c0 = cOff + i * ldc;
    let j = 0;
    for (; j < N4; j += 4) {
      const b0 = bOff + j * ldb, b1 = b0 + ldb, b2 = b1 + ldb, b3 = b2 + ldb;
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      for (let k = 0; k < K; k++) {
        const x = A[a0 + k];
        s0 += x * B[b0 + k]; s1 += x * B[b1 + k]; s2 += x * B[b2 + k]; s3 += x * B[b3 + k];
      }
      C[c0 + j] += s0; C[c0 + j + 1] += s1; C[c0 + j + 2] += s2; C[c0 + j + 3] += s3;
    }
    for (; j < N; j++) {
      const b0 = bOff + j * ldb;
      let s = 0;
      for (let k = 0; k < K; k++) s += A[a0 + k] * B[b0 + k];
      C[c0 + j] += s;
    }
  }
}

/** The direct 4×4 kernel of `gemmTN`. */
function directTN(
  M: number, N: number, K: number,
  A: Float64Array, aOff: number, lda: number,
  B: Float64Array, bOff: number, ldb: number,
  C: Float64Array, cOff: number, ldc: number,
): void {
  const M4 = M - (M & 3);
  const N4 = N - (N & 3);
  let i = 0;
  for (; i < M4; i += 4) {
    const c0 = cOff + i * ldc, c1 = c0 + ldc, c2 = c1 + ldc, c3 = c2 + ldc;
    let j = 0;
    for (; j < N4; j += 4) {
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      let s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
      let a = aOff + i, b = bOff + j;
      for (let k = 0; k < K; k++, a += lda, b += ldb) {
        const x0 = A[a], x1 = A[a + 1], x2 = A[a + 2], x3 = A[a + 3];
        const y0 = B[b], y1 = B[b + 1], y2 = B[b + 2], y3 = B[b + 3];
        s00 += x0 * y0; s01 += x0 * y1; s02 += x0 * y2; s03 += x0 * y3;
        s10 += x1 * y0; s11 += x1 * y1; s12 += x1 * y2; s13 += x1 * y3;
        s20 += x2 * y0; s21 += x2 * y1; s22 += x2 * y2; s23 += x2 * y3;
        s30 += x3 * y0; s31 += x3 * y1; s32 += x3 * y2; s33 += x3 * y3;
      }
      C[c0 + j] += s00; C[c0 + j + 1] += s01; C[c0 + j + 2] += s02; C[c0 + j + 3] += s03;
      C[c1 + j] += s10; C[c1 + j + 1] += s11; C[c1 + j + 2] += s12; C[c1 + j + 3] += s13;
      C[c2 + j] += s20; C[c2 + j + 1] += s21; C[c2 + j + 2] += s22; C[c2 + j + 3] += s23;
      C[c3 + j] += s30; C[c3 + j + 1] += s31; C[c3 + j + 2] += s32; C[c3 + j + 3] += s33;
    }
    for (; j < N; j++) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      let a = aOff + i, b = bOff + j;
      for (let k = 0; k < K; k++, a += lda, b += ldb) {
        const y = B[b];
        s0 += A[a] * y; s1 += A[a + 1] * y; s2 += A[a + 2] * y; s3 += A[a + 3] * y;
      }
      C[c0 + j] += s0; C[c1 + j] += s1; C[c2 + j] += s2; C[c3 + j] += s3;
    }
  }
  for (; i < M; i++) {
    const c0 = cOff + i * ldc;
    let j = 0;
    for (; j < N4; j += 4) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      let a = aOff + i, b = bOff + j;
      for (let k = 0; k < K; k++, a += lda, b += ldb) {
        const x = A[a];
        s0 += x * B[b]; s1 += x * B[b + 1]; s2 += x * B[b + 2]; s3 += x * B[b + 3];
      }
      C[c0 + j] += s0; C[c0 + j + 1] += s1; C[c0 + j + 2] += s2; C[c0 + j + 3] += s3;
    }
    for (; j < N; j++) {
      let s = 0;
      let a = aOff + i, b = bOff + j;
      for (let k = 0; k < K; k++, a += lda, b += ldb) s += A[a] * B[b];
      C[c0 + j] += s;
    }
  }
}

/** The direct 4×4 kernel of `gemmNN`. */
function directNN(
  M: number, N: number, K: number,
  A: Float64Array, aOff: number, lda: number,
  B: Float64Array, bOff: number, ldb: number,
  C: Float64Array, cOff: number, ldc: number,
): void {
  const M4 = M - (M & 3);
  const N4 = N - (N & 3);
  let i = 0;
  for (; i < M4; i += 4) {
    const a0 = aOff + i * lda, a1 = a0 + lda, a2 = a1 + lda, a3 = a2 + lda;
    const c0 = cOff + i * ldc, c1 = c0 + ldc, c2 = c1 + ldc, c3 = c2 + ldc;
    let j = 0;
    for (; j < N4; j += 4) {
      let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
      let s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0;
      let b = bOff + j;
      for (let k = 0; k < K; k++, b += ldb) {
        const x0 = A[a0 + k], x1 = A[a1 + k], x2 = A[a2 + k], x3 = A[a3 + k];
        const y0 = B[b], y1 = B[b + 1], y2 = B[b + 2], y3 = B[b + 3];
        s00 += x0 * y0; s01 += x0 * y1; s02 += x0 * y2; s03 += x0 * y3;
        s10 += x1 * y0; s11 += x1 * y1; s12 += x1 * y2; s13 += x1 * y3;
        s20 += x2 * y0; s21 += x2 * y1; s22 += x2 * y2; s23 += x2 * y3;
        s30 += x3 * y0; s31 += x3 * y1; s32 += x3 * y2; s33 += x3 * y3;
      }
      C[c0 + j] += s00; C[c0 + j + 1] += s01; C[c0 + j + 2] += s02; C[c0 + j + 3] += s03;
      C[c1 + j] += s10; C[c1 + j + 1] += s11; C[c1 + j + 2] += s12; C[c1 + j + 3] += s13;
      C[c2 + j] += s20; C[c2 + j + 1] += s21; C[c2 + j + 2] += s22; C[c2 + j + 3] += s23;
      C[c3 + j] += s30; C[c3 + j + 1] += s31; C[c3 + j + 2] += s32; C[c3 + j + 3] += s33;
    }
    for (; j < N; j++) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      let b = bOff + j;
      for (let k = 0; k < K; k++, b += ldb) {
        const y = B[b];
        s0 += A[a0 + k] * y; s1 += A[a1 + k] * y; s2 += A[a2 + k] * y; s3 += A[a3 + k] * y;
      }
      C[c0 + j] += s0; C[c1 + j] += s1; C[c2 + j] += s2; C[c3 + j] += s3;
    }
  }
  for (; i < M; i++) {
    const a0 = aOff + i * lda;
    const c0 = cOff + i * ldc;
    let j = 0;
    for (; j < N4; j += 4) {
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
      let b = bOff + j;
      for (let k = 0; k < K; k++, b += ldb) {
        const x = A[a0 + k];
        s0 += x * B[b]; s1 += x * B[b + 1]; s2 += x * B[b + 2]; s3 += x * B[b + 3];
      }
      C[c0 + j] += s0; C[c0 + j + 1] += s1; C[c0 + j + 2] += s2; C[c0 + j + 3] += s3;
    }
    for (; j < N; j++) {
      let s = 0;
      let b = bOff + j;
      for (let k = 0; k < K; k++, b += ldb) s += A[a0 + k] * B[b];
      C[c0 + j] += s;
    }
  }
}

/*
 * Packed path. The operands are first copied into panels, and one 4×3 micro-kernel does the
 * arithmetic for all three layouts:
 * - a panel holds R rows of the operand interleaved along k (`[k][R]`), so the micro-kernel reads
 *   both operands with one running index and constant offsets, whatever the layout was;
 * - panels are plain `number[]`, not Float64Array: V8 reads a double array with a 32-bit bounds
 *   check and a fixed header offset, where a typed array costs a reload of its data pointer and
 *   a sign extension per read — the micro-kernel runs ~20–30% faster on them (Node 20);
 * - 4×3 (12 running sums, 7 loads per 12 multiply-adds) measured fastest of the shapes tried
 *   (4×4, 3×4, 2×4, 2×6, 3×3, 5×2, 6×2, 5×3): with V8's 15 allocatable XMM registers, more sums
 *   spill and fewer need more loads; unrolling k only added spills;
 * - k is cut into chunks of `KC`, which bounds the scratch panels (lstm-large's weight gradient
 *   has K = T·B = 1568 rows) and keeps a chunk of both operands in L2.
 * Each product sums in its own order; results differ from the direct kernel's by rounding only.
 * Still ~75 instructions per 12 multiply-adds: V8 re-checks the arrays' maps and bounds on every
 * load (the loop's interrupt check forgets what it knew), which is what caps scalar JS near
 * 5–6 GFLOP/s here.
 */

/** Rows per A panel and per B panel of the micro-kernel. */
export const MR = 4;
export const NR = 3;
/** k-chunk of the packed path (see above). */
const KC = 256;

/**
 * Storage of packed panels: a plain array that V8 keeps as unboxed doubles. Create it only with
 * `createPanels`, so every caller hands the micro-kernel the same elements kind (one shape,
 * one optimised version).
 */
export type Panels = number[];

/** An empty panel buffer in V8's PACKED_DOUBLE_ELEMENTS kind. */
export function createPanels(): Panels {
  // A literal holding a non-integer starts as unboxed doubles; pop() keeps the kind, and kinds only
  // ever generalise, so later pushes and writes of numbers stay unboxed.
  const p = [0.5];
  p.pop();
  return p;
}

/** Entries that `n` rows (or columns) packed R at a time over K occupy. */
export function panelsLength(R: number, n: number, K: number): number {
  return Math.ceil(n / R) * R * K;
}

function reserve(P: Panels, n: number): void {
  // Grows only the first time a larger shape is seen; training steps then allocate nothing.
  while (P.length < n) P.push(0);
}

/**
 * Packs n rows of X (row r = X[xOff + r·ldx + k], k < K) into panels of R rows:
 * P[⌊r/R⌋·K·R + k·R + r mod R]; rows past n are zero.
 */
export function packRows(R: number, n: number, K: number, X: Float64Array, xOff: number, ldx: number, P: Panels): void {
  reserve(P, panelsLength(R, n, K));
  let r0 = 0;
  // Full panels of the two widths in use, unrolled: packing is a few % of a product's time.
  if (R === 4) {
    for (; r0 + 4 <= n; r0 += 4) {
      const x0 = xOff + r0 * ldx, x1 = x0 + ldx, x2 = x1 + ldx, x3 = x2 + ldx;
      for (let k = 0, p = r0 * K; k < K; k++, p += 4) {
        P[p] = X[x0 + k]; P[p + 1] = X[x1 + k]; P[p + 2] = X[x2 + k]; P[p + 3] = X[x3 + k];
      }
    }
  } else if (R === 3) {
    for (; r0 + 3 <= n; r0 += 3) {
      const x0 = xOff + r0 * ldx, x1 = x0 + ldx, x2 = x1 + ldx;
      for (let k = 0, p = r0 * K; k < K; k++, p += 3) {
        P[p] = X[x0 + k]; P[p + 1] = X[x1 + k]; P[p + 2] = X[x2 + k];
      }
    }
  }
  for (; r0 < n; r0 += R) {
    for (let q = 0; q < R; q++) {
      let p = r0 * K + q;
      if (r0 + q < n) {
        const src = xOff + (r0 + q) * ldx;
        for (let k = 0; k < K; k++, p += R) P[p] = X[src + k];
      } else {
        for (let k = 0; k < K; k++, p += R) P[p] = 0;
      }
    }
  }
}

/**
 * Packs n columns of X (column c = X[xOff + k·ldx + c], k < K) into panels of R columns, i.e.
 * packs the rows of Xᵀ: P[⌊c/R⌋·K·R + k·R + c mod R]; columns past n are zero.
 */
export function packCols(R: number, n: number, K: number, X: Float64Array, xOff: number, ldx: number, P: Panels): void {
  reserve(P, panelsLength(R, n, K));
  let c0 = 0;
  if (R === 4) {
    for (; c0 + 4 <= n; c0 += 4) {
      for (let k = 0, p = c0 * K, x = xOff + c0; k < K; k++, p += 4, x += ldx) {
        P[p] = X[x]; P[p + 1] = X[x + 1]; P[p + 2] = X[x + 2]; P[p + 3] = X[x + 3];
      }
    }
  } else if (R === 3) {
    for (; c0 + 3 <= n; c0 += 3) {
      for (let k = 0, p = c0 * K, x = xOff + c0; k < K; k++, p += 3, x += ldx) {
        P[p] = X[x]; P[p + 1] = X[x + 1]; P[p + 2] = X[x + 2];
      }
    }
  }
  for (; c0 < n; c0 += R) {
    const w = n - c0;
    for (let k = 0, p = c0 * K, x = xOff + c0; k < K; k++, p += R, x += ldx) {
      for (let q = 0; q < R; q++) P[p + q] = q < w ? X[x + q] : 0;
    }
  }
}

/**
 * The micro-kernel: C[M×N] += Σ_{k<kn} A_k ⊗ B_k over packed panels. A panel p (rows 4p…4p+3)
 * starts at p·aStride in Ap; B panel q (columns 3q…3q+2) at bBase + q·bStride in Bp — so a
 * chunk of a matrix packed once over its full K (a weight) is addressed without repacking.
 * Rows of A outer, columns of B inner: streaming the other way (to keep lstm-large's 2 MB packed
 * W_hh out of L3) measured the same, the hardware prefetchers keep up either way.
 */
export function gemmPanels(
  M: number, N: number, kn: number,
  Ap: Panels, aStride: number,
  Bp: Panels, bBase: number, bStride: number,
  C: Float64Array, cOff: number, ldc: number,
): void {
  for (let i = 0, pa0 = 0; i < M; i += MR, pa0 += aStride) {
    const c0 = cOff + i * ldc, c1 = c0 + ldc, c2 = c1 + ldc, c3 = c2 + ldc;
    const mv = M - i;
    const end = pa0 + kn * MR;
    for (let j = 0, pb0 = bBase; j < N; j += NR, pb0 += bStride) {
      let s00 = 0, s01 = 0, s02 = 0, s10 = 0, s11 = 0, s12 = 0;
      let s20 = 0, s21 = 0, s22 = 0, s30 = 0, s31 = 0, s32 = 0;
      // `| 0` marks the index sums as int32 wrap-around adds: V8 then drops their overflow checks
      // (~5–10% here). The indices stay far below 2³¹, so nothing ever wraps.
      for (let pa = pa0, pb = pb0; pa < end; pa = (pa + MR) | 0, pb = (pb + NR) | 0) {
        const y0 = Bp[pb], y1 = Bp[(pb + 1) | 0], y2 = Bp[(pb + 2) | 0];
        const x0 = Ap[pa];
        s00 += x0 * y0; s01 += x0 * y1; s02 += x0 * y2;
        const x1 = Ap[(pa + 1) | 0];
        s10 += x1 * y0; s11 += x1 * y1; s12 += x1 * y2;
        const x2 = Ap[(pa + 2) | 0];
        s20 += x2 * y0; s21 += x2 * y1; s22 += x2 * y2;
        const x3 = Ap[(pa + 3) | 0];
        s30 += x3 * y0; s31 += x3 * y1; s32 += x3 * y2;
      }
      const nv = N - j;
      if (mv >= MR && nv >= NR) {
        C[c0 + j] += s00; C[c0 + j + 1] += s01; C[c0 + j + 2] += s02;
        C[c1 + j] += s10; C[c1 + j + 1] += s11; C[c1 + j + 2] += s12;
        C[c2 + j] += s20; C[c2 + j + 1] += s21; C[c2 + j + 2] += s22;
        C[c3 + j] += s30; C[c3 + j + 1] += s31; C[c3 + j + 2] += s32;
      } else {
        // An edge tile: the padded rows/columns summed zeros; write only the real ones. Written
        // out rather than through a helper, which would box the sums into heap numbers.
        C[c0 + j] += s00;
        if (mv > 1) C[c1 + j] += s10;
        if (mv > 2) C[c2 + j] += s20;
        if (mv > 3) C[c3 + j] += s30;
        if (nv > 1) {
          C[c0 + j + 1] += s01;
          if (mv > 1) C[c1 + j + 1] += s11;
          if (mv > 2) C[c2 + j + 1] += s21;
          if (mv > 3) C[c3 + j + 1] += s31;
        }
        if (nv > 2) {
          // (with all three columns this is a short tile, mv < 4: row 3 does not exist)
          C[c0 + j + 2] += s02;
          if (mv > 1) C[c1 + j + 2] += s12;
          if (mv > 2) C[c2 + j + 2] += s22;
        }
      }
    }
  }
}

const scratchA = createPanels();
const scratchB = createPanels();

/**
 * Whether a product is big enough for the packed path: packing copies (M + N)·K entries, which
 * the faster micro-kernel repays only when each copied entry is reused often enough.
 */
function packs(M: number, N: number, K: number): boolean {
  // Measured crossover: with 8 rows (one step of a batch of 8) packing both operands costs more
  // than the micro-kernel saves; the recurrences use `gemmNTPacked` with a prepacked weight instead.
  return M >= 16 && N >= 16 && K >= 8;
}

/**
 * C[M×N] += A[M×K] · B[N×K]ᵀ — "NT": both operands read along their rows.
 * Used for x·W_ihᵀ and h·W_hhᵀ (PyTorch stores weights as [out, in]).
 */
export function gemmNT(
  M: number, N: number, K: number,
  A: Float64Array, aOff: number, lda: number,
  B: Float64Array, bOff: number, ldb: number,
  C: Float64Array, cOff: number, ldc: number,
): void {
  if (!packs(M, N, K)) {
    directNT(M, N, K, A, aOff, lda, B, bOff, ldb, C, cOff, ldc);
    return;
  }
  for (let k0 = 0; k0 < K; k0 += KC) {
    const kn = Math.min(KC, K - k0);
    packRows(MR, M, kn, A, aOff + k0, lda, scratchA);
    packRows(NR, N, kn, B, bOff + k0, ldb, scratchB);
    gemmPanels(M, N, kn, scratchA, kn * MR, scratchB, 0, kn * NR, C, cOff, ldc);
  }
}

/**
 * C[M×N] += A[K×M]ᵀ · B[K×N] — "TN": a sum of K outer products of rows.
 * Used for weight gradients, dW = Σ_rows dZᵀ·X over all time steps and batch rows at once.
 */
export function gemmTN(
  M: number, N: number, K: number,
  A: Float64Array, aOff: number, lda: number,
  B: Float64Array, bOff: number, ldb: number,
  C: Float64Array, cOff: number, ldc: number,
): void {
  if (!packs(M, N, K)) {
    directTN(M, N, K, A, aOff, lda, B, bOff, ldb, C, cOff, ldc);
    return;
  }
  for (let k0 = 0; k0 < K; k0 += KC) {
    const kn = Math.min(KC, K - k0);
    packCols(MR, M, kn, A, aOff + k0 * lda, lda, scratchA);
    packCols(NR, N, kn, B, bOff + k0 * ldb, ldb, scratchB);
    gemmPanels(M, N, kn, scratchA, kn * MR, scratchB, 0, kn * NR, C, cOff, ldc);
  }
}

/**
 * C[M×N] += A[M×K] · B[K×N] — "NN".
 * Used for gradients flowing back through a weight: dX = dZ·W_ih, dh_{t−1} = dZ_t·W_hh.
 */
export function gemmNN(
  M: number, N: number, K: number,
  A: Float64Array, aOff: number, lda: number,
  B: Float64Array, bOff: number, ldb: number,
  C: Float64Array, cOff: number, ldc: number,
): void {
  if (!packs(M, N, K)) {
    directNN(M, N, K, A, aOff, lda, B, bOff, ldb, C, cOff, ldc);
    return;
  }
  for (let k0 = 0; k0 < K; k0 += KC) {
    const kn = Math.min(KC, K - k0);
    packRows(MR, M, kn, A, aOff + k0, lda, scratchA);
    packCols(NR, N, kn, B, bOff + k0 * ldb, ldb, scratchB);
    gemmPanels(M, N, kn, scratchA, kn * MR, scratchB, 0, kn * NR, C, cOff, ldc);
  }
}

/**
 * C[M×N] += A[M×K] · Bᵀ with B already packed by `packRows(NR, N, K, …)` or `packCols(NR, N, K, …)`
 * over its full K. The recurrences use it: a weight is packed once per pass and reused by all T
 * steps, so each step only packs its M = batch rows of A.
 */
export function gemmNTPacked(
  M: number, N: number, K: number,
  A: Float64Array, aOff: number, lda: number,
  Bp: Panels,
  C: Float64Array, cOff: number, ldc: number,
): void {
  // Rows past the last multiple of 4 go through a one-row loop rather than zero padding, which
  // would quadruple the work of a batch of 1 (a trace) and double that of a short last batch.
  const M4 = M - (M & 3);
  if (M4 > 0) {
    for (let k0 = 0; k0 < K; k0 += KC) {
      const kn = Math.min(KC, K - k0);
      packRows(MR, M4, kn, A, aOff + k0, lda, scratchA);
      gemmPanels(M4, N, kn, scratchA, kn * MR, Bp, k0 * NR, K * NR, C, cOff, ldc);
    }
  }
  for (let i = M4; i < M; i++) {
    const a0 = aOff + i * lda;
    const c0 = cOff + i * ldc;
    for (let j = 0, pb = 0; j < N; j += NR) {
      let s0 = 0, s1 = 0, s2 = 0;
      for (let k = 0; k < K; k++, pb += NR) {
        const x = A[a0 + k];
        s0 += x * Bp[pb]; s1 += x * Bp[pb + 1]; s2 += x * Bp[pb + 2];
      }
      C[c0 + j] += s0;
      if (j + 1 < N) C[c0 + j + 1] += s1;
      if (j + 2 < N) C[c0 + j + 2] += s2;
    }
  }
}

/** out[j] += Σ_i A[i, j] for an [M×N] block: bias gradients are column sums of dZ. */
export function addColumnSums(
  M: number, N: number,
  A: Float64Array, aOff: number, lda: number,
  out: Float64Array, outOff: number,
): void {
  for (let i = 0; i < M; i++) {
    const a = aOff + i * lda;
    for (let j = 0; j < N; j++) out[outOff + j] += A[a + j];
  }
}

/** Writes `bias` (length N) into every row of an [M×N] block: the start of Z = b + X·Wᵀ. */
export function fillRows(
  M: number, N: number,
  bias: Float64Array, C: Float64Array, cOff: number, ldc: number,
): void {
  for (let i = 0; i < M; i++) {
    const c = cOff + i * ldc;
    for (let j = 0; j < N; j++) C[c + j] = bias[j];
  }
}
