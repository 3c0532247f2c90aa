/**
 * Dense symmetric eigenvalues by cyclic Jacobi rotations: a slow, textbook oracle for the
 * power-iteration spectral norms (σ_max(A)² = λ_max(AᵀA)).
 */

/** Eigenvalues of the symmetric n×n row-major matrix S (not modified), unsorted. */
export function symmetricEigenvalues(S: ArrayLike<number>, n: number): number[] {
  const a = Array.from(S);
  const at = (i: number, j: number): number => a[i * n + j] ?? 0;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) off += at(i, j) ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = at(p, q);
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (at(q, q) - at(p, p)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = at(k, p), akq = at(k, q);
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = at(p, k), aqk = at(q, k);
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
      }
    }
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(at(i, i));
  return out;
}

/** σ_max of a rows×cols row-major matrix, via the eigenvalues of AᵀA. */
export function largestSingularValue(A: ArrayLike<number>, rows: number, cols: number): number {
  const ata = new Float64Array(cols * cols);
  for (let i = 0; i < cols; i++) {
    for (let j = 0; j < cols; j++) {
      let s = 0;
      for (let r = 0; r < rows; r++) s += (A[r * cols + i] ?? 0) * (A[r * cols + j] ?? 0);
      ata[i * cols + j] = s;
    }
  }
  return Math.sqrt(Math.max(0, ...symmetricEigenvalues(ata, cols)));
}
