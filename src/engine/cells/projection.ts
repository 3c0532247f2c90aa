/**
 * The layer-wide halves of every cell: the input projection before the recurrence and the
 * weight gradients after it.
 *
 * Only h_{t−1}·W_hhᵀ has to wait for the previous step. Everything that involves the input or
 * sums over time is done once per layer as one big [T·B]-row GEMM, which is where a scalar JS
 * engine gets its speed (register blocking pays off on tall matrices, not on B = 8 rows).
 */
import { addColumnSums, fillRows, gemmNN, gemmNT, gemmTN } from '../kernels.ts';
import type { CellCache, CellWeights } from './cache.ts';

/**
 * z = x·W_ihᵀ + b_ih (+ b_hh when `addHiddenBias`) for all T·B rows at once, into `c.z`
 * ([T, B, G·H]). GRU passes `addHiddenBias = false`: its b_hn sits inside r ⊙ (W_hn h + b_hn).
 */
export function projectInputs(c: CellCache, w: CellWeights, addHiddenBias: boolean): void {
  const GH = c.G * c.H;
  const rows = c.T * c.B;
  if (w.bih !== null && w.bhh !== null) {
    const bs = c.biasSum;
    for (let j = 0; j < GH; j++) bs[j] = addHiddenBias ? w.bih[j] + w.bhh[j] : w.bih[j];
    fillRows(rows, GH, bs, c.z, 0, GH);
  } else {
    c.z.fill(0);
  }
  gemmNT(rows, GH, c.inSize, c.x, c.xOff, c.inSize, w.wih, 0, c.inSize, c.z, 0, GH);
}

/**
 * After the backward recurrence has filled the gate gradients: accumulates dW_ih, db_ih (from
 * `c.dz`), dW_hh, db_hh (from `dzHidden`: `c.dz` for RNN/LSTM, `c.dzh` for GRU) and, when the
 * layer input needs a gradient, dx += dz·W_ih — each as one GEMM over all T·B rows.
 */
export function accumulateWeightGrads(
  c: CellCache, w: CellWeights, g: CellWeights, dzHidden: Float64Array,
): void {
  const { T, B, H, inSize } = c;
  const GH = c.G * H;
  const rows = T * B;
  gemmTN(GH, inSize, rows, c.dz, 0, GH, c.x, c.xOff, inSize, g.wih, 0, inSize);
  // A zero initial state contributes nothing to dW_hh; skipping its rows saves 1/T of the GEMM.
  let t0 = 0;
  let nT = T;
  if (!c.h0Given) {
    nT = T - 1;
    if (!c.reverse) t0 = 1;
  }
  if (nT > 0) {
    gemmTN(GH, H, nT * B, dzHidden, t0 * B * GH, GH, c.hs, (c.prevSlot0 + t0) * B * H, H,
      g.whh, 0, H);
  }
  if (g.bih !== null && g.bhh !== null) {
    if (dzHidden === c.dz) {
      // RNN/LSTM: both biases enter z the same way, so their gradients are the same column sums.
      const bs = c.biasSum;
      bs.fill(0);
      addColumnSums(rows, GH, c.dz, 0, GH, bs, 0);
      for (let j = 0; j < GH; j++) {
        g.bih[j] += bs[j];
        g.bhh[j] += bs[j];
      }
    } else {
      addColumnSums(rows, GH, c.dz, 0, GH, g.bih, 0);
      addColumnSums(rows, GH, dzHidden, 0, GH, g.bhh, 0);
    }
  }
  if (c.dx !== null) {
    gemmNN(rows, inSize, GH, c.dz, 0, GH, w.wih, 0, inSize, c.dx, c.dxOff, inSize);
  }
}
