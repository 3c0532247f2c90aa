/**
 * Elman RNN cell, one layer and one direction, exactly as `torch.nn.RNN`:
 *
 *   h_t = act(W_ih x_t + b_ih + W_hh h_{t−1} + b_hh),   act = tanh (RNN_TANH) or relu (RNN_RELU).
 *
 * `rnnForward` runs the whole sequence and leaves in the cache what `rnnBackward` needs: the
 * states h_t (for the derivative through the output, tanh′ = 1 − h², relu′ = [h > 0]) and the
 * pre-activations (for the trace).
 */
import { gemmNTPacked, NR, packCols, packRows } from '../kernels.ts';
import { tanhArray } from '../fastMath.ts';
import { cutBefore, type CellCache, type CellWeights } from './cache.ts';
import { accumulateWeightGrads, projectInputs } from './projection.ts';

/**
 * Forward over all T steps. Reads the initial state from `c.hs` at the init slot (written by
 * the caller, with `c.h0Given` telling whether it is nonzero); writes h_t and pre-activations.
 */
export function rnnForward(c: CellCache, w: CellWeights): void {
  const { T, B, H, hs, z, reverse } = c;
  const relu = c.kind === 'rnn_relu';
  const BH = B * H;
  projectInputs(c, w, true);
  packRows(NR, H, H, w.whh, 0, H, c.whhPanels);
  for (let s = 0; s < T; s++) {
    const t = reverse ? T - 1 - s : s;
    const zo = t * BH;
    // A zero initial state adds nothing: skip the product on the first step.
    if (s > 0 || c.h0Given) {
      gemmNTPacked(B, H, H, hs, (reverse ? t + 1 : t) * BH, H, c.whhPanels, z, zo, H);
    }
    const ho = (reverse ? t : t + 1) * BH;
    if (relu) {
      for (let i = 0; i < BH; i++) {
        const v = z[zo + i];
        hs[ho + i] = v > 0 ? v : 0;
      }
    } else {
      tanhArray(z, zo, hs, ho, BH);
    }
  }
}

/**
 * Backward through time. On entry `c.carryH` holds dL/dh_final (from h_n; zeros if none); on
 * exit it holds dL/dh0 when `wantInitGrad`. Accumulates parameter gradients into `g` and, if the
 * cache is bound to a `dx` buffer, the input gradient. `truncation` = k cuts the recurrent
 * gradient every k steps (see `cutBefore`); Infinity means full BPTT.
 */
export function rnnBackward(
  c: CellCache, w: CellWeights, g: CellWeights, truncation: number, wantInitGrad: boolean,
): void {
  const { T, B, H, hs, dz, dh, carryH, dOut, dOutOff, ldOut, reverse } = c;
  const relu = c.kind === 'rnn_relu';
  const BH = B * H;
  // dh_{t−1} = dz_t·W_hh: the columns of W_hh are the packed operand.
  packCols(NR, H, H, w.whh, 0, H, c.whhPanels);
  for (let s = T - 1; s >= 0; s--) {
    const t = reverse ? T - 1 - s : s;
    const zo = t * BH;
    const ho = (reverse ? t : t + 1) * BH;
    for (let b = 0; b < B; b++) {
      const dRow = dOutOff + (t * B + b) * ldOut;
      const r = b * H;
      for (let j = 0; j < H; j++) {
        const i = r + j;
        const d = dOut[dRow + j] + carryH[i];
        dh[zo + i] = d;
        const y = hs[ho + i];
        dz[zo + i] = relu ? (y > 0 ? d : 0) : d * (1 - y * y);
      }
    }
    carryH.fill(0);
    if (s === 0 ? wantInitGrad : !cutBefore(s, truncation)) {
      gemmNTPacked(B, H, H, dz, zo, H, c.whhPanels, carryH, 0, H);
    }
  }
  accumulateWeightGrads(c, w, g, dz);
}
