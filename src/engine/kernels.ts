/**
 * The few hot loops: matrix products on Float64Array with offsets and leading dimensions.
 *
 * Every matrix is row-major: element (r, c) of a matrix stored at `off` with leading dimension
 * `ld` is `X[off + r * ld + c]`, so a block of rows inside a bigger buffer (one time step of a
 * [T, B, H] sequence, one direction's half of a [T, B, 2H] output) is addressed without copying.
 * All products *accumulate* (C += …): backward passes sum over time steps and directions, and
 * callers that want C = … zero C first.
 *
 * Each product is register-blocked 4×4: sixteen running sums stay in registers while the k loop
 * streams 4 rows/columns of each operand, i.e. 8 loads per 16 multiply-adds instead of 2 per 1.
 * On V8 this is ~3× the speed of the plain triple loop (see /work/shared/bench/RESULTS.md,
 * "gemm4x4" vs "gemmIKJ"). Edges that are not multiples of 4 fall back to 4×1, 1×4 and 1×1.
 * Positional arguments (not option objects) keep these calls allocation-free and monomorphic.
 */

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
