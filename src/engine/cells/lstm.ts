/**
 * LSTM cell, one layer and one direction, exactly as `torch.nn.LSTM` (gates stacked i, f, g, o
 * in the rows of W_ih / W_hh, as PyTorch stores them):
 *
 *   i = σ(z_i)   f = σ(z_f)   g = tanh(z_g)   o = σ(z_o)     z = W_ih x_t + b_ih + W_hh h_{t−1} + b_hh
 *   c_t = f ⊙ c_{t−1} + i ⊙ g
 *   h_t = o ⊙ tanh(c_t)
 *
 * The forward keeps the four gate activations and tanh(c_t), from which every local derivative
 * follows (σ′ = σ(1 − σ), tanh′ = 1 − tanh²) without recomputing an exponential.
 */
import { gemmNTPacked, NR, packCols, packRows } from '../kernels.ts';
import { sigmoidArray, tanhArray } from '../fastMath.ts';
import { cutBefore, type CellCache, type CellWeights } from './cache.ts';
import { accumulateWeightGrads, projectInputs } from './projection.ts';

/**
 * Forward over all T steps. Reads h0 and c0 from the init slots of `c.hs` / `c.cs` (written by
 * the caller; `c.h0Given` says whether they may be nonzero).
 */
export function lstmForward(c: CellCache, w: CellWeights): void {
  const { T, B, H, hs, cs, z, gates, tanhC, reverse } = c;
  const BH = B * H;
  const G4 = 4 * H;
  projectInputs(c, w, true);
  packRows(NR, G4, H, w.whh, 0, H, c.whhPanels);
  for (let s = 0; s < T; s++) {
    const t = reverse ? T - 1 - s : s;
    const zo = t * B * G4;
    const po = (reverse ? t + 1 : t) * BH;
    const ho = (reverse ? t : t + 1) * BH;
    if (s > 0 || c.h0Given) gemmNTPacked(B, G4, H, hs, po, H, c.whhPanels, z, zo, G4);
    for (let b = 0; b < B; b++) {
      const zr = zo + b * G4;
      const r = b * H;
      // One activation per loop (i and f are adjacent): V8 inlines the one fast exp/tanh of each
      // small loop, and this measured ~8% faster per step than one loop doing all five.
      sigmoidArray(z, zr, gates, zr, 2 * H);
      tanhArray(z, zr + 2 * H, gates, zr + 2 * H, H);
      sigmoidArray(z, zr + 3 * H, gates, zr + 3 * H, H);
      for (let j = 0; j < H; j++) {
        cs[ho + r + j] = gates[zr + H + j] * cs[po + r + j] + gates[zr + j] * gates[zr + 2 * H + j];
      }
      const tcr = t * BH + r;
      tanhArray(cs, ho + r, tanhC, tcr, H);
      for (let j = 0; j < H; j++) hs[ho + r + j] = gates[zr + 3 * H + j] * tanhC[tcr + j];
    }
  }
}

/**
 * Backward through time. On entry `c.carryH` / `c.carryC` hold dL/dh_final and dL/dc_final
 * (from h_n, c_n); on exit dL/dh0 and dL/dc0 (the former only when `wantInitGrad`).
 * A truncation cut detaches both h and c (see `cutBefore`).
 */
export function lstmBackward(
  c: CellCache, w: CellWeights, g: CellWeights, truncation: number, wantInitGrad: boolean,
): void {
  const { T, B, H, cs, dz, dh, gates, tanhC, carryH, carryC, dOut, dOutOff, ldOut, reverse } = c;
  const BH = B * H;
  const G4 = 4 * H;
  // dh_{t−1} = dz_t·W_hh: the columns of W_hh are the packed operand.
  packCols(NR, H, G4, w.whh, 0, H, c.whhPanels);
  for (let s = T - 1; s >= 0; s--) {
    const t = reverse ? T - 1 - s : s;
    const zo = t * B * G4;
    const po = (reverse ? t + 1 : t) * BH;
    const cut = s === 0 ? false : cutBefore(s, truncation);
    for (let b = 0; b < B; b++) {
      const zr = zo + b * G4;
      const r = b * H;
      const dRow = dOutOff + (t * B + b) * ldOut;
      for (let j = 0; j < H; j++) {
        const i = r + j;
        const dhv = dOut[dRow + j] + carryH[i];
        dh[t * BH + i] = dhv;
        const ig = gates[zr + j];
        const fg = gates[zr + H + j];
        const gg = gates[zr + 2 * H + j];
        const og = gates[zr + 3 * H + j];
        const tc = tanhC[t * BH + i];
        const dc = carryC[i] + dhv * og * (1 - tc * tc);
        dz[zr + j] = dc * gg * ig * (1 - ig);
        dz[zr + H + j] = dc * cs[po + i] * fg * (1 - fg);
        dz[zr + 2 * H + j] = dc * ig * (1 - gg * gg);
        dz[zr + 3 * H + j] = dhv * tc * og * (1 - og);
        carryC[i] = cut ? 0 : dc * fg;
      }
    }
    carryH.fill(0);
    if (s === 0 ? wantInitGrad : !cut) gemmNTPacked(B, H, G4, dz, zo, G4, c.whhPanels, carryH, 0, H);
  }
  accumulateWeightGrads(c, w, g, dz);
}
