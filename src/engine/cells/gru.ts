/**
 * GRU cell, one layer and one direction, exactly as `torch.nn.GRU` (gates stacked r, z, n):
 *
 *   r = σ(W_ir x + b_ir + W_hr h + b_hr)
 *   z = σ(W_iz x + b_iz + W_hz h + b_hz)
 *   n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))
 *   h' = (1 − z) ⊙ n + z ⊙ h
 *
 * Unlike RNN/LSTM the hidden part of the candidate sits *inside* r ⊙ (…), so the input part
 * (`c.z`) and the hidden part (`c.zh`, bias b_hh included) are kept apart, and so are their
 * gradients (`c.dz` for W_ih, b_ih; `c.dzh` for W_hh, b_hh — they differ only in the n block).
 */
import { fillRows, gemmNTPacked, NR, packCols, packRows } from '../kernels.ts';
import { sigmoidFast, tanhFast } from '../fastMath.ts';
import { cutBefore, type CellCache, type CellWeights } from './cache.ts';
import { accumulateWeightGrads, projectInputs } from './projection.ts';

/** Forward over all T steps; reads h0 from the init slot of `c.hs` (see `CellCache`). */
export function gruForward(c: CellCache, w: CellWeights): void {
  const { T, B, H, hs, z, zh, gates, reverse } = c;
  const BH = B * H;
  const G3 = 3 * H;
  projectInputs(c, w, false);
  packRows(NR, G3, H, w.whh, 0, H, c.whhPanels);
  for (let s = 0; s < T; s++) {
    const t = reverse ? T - 1 - s : s;
    const zo = t * B * G3;
    const po = (reverse ? t + 1 : t) * BH;
    const ho = (reverse ? t : t + 1) * BH;
    if (w.bhh !== null) fillRows(B, G3, w.bhh, zh, zo, G3);
    else zh.fill(0, zo, zo + B * G3);
    if (s > 0 || c.h0Given) gemmNTPacked(B, G3, H, hs, po, H, c.whhPanels, zh, zo, G3);
    for (let b = 0; b < B; b++) {
      const zr = zo + b * G3;
      const r = b * H;
      for (let j = 0; j < H; j++) {
        const rg = sigmoidFast(z[zr + j] + zh[zr + j]);
        const ug = sigmoidFast(z[zr + H + j] + zh[zr + H + j]);
        const ng = tanhFast(z[zr + 2 * H + j] + rg * zh[zr + 2 * H + j]);
        hs[ho + r + j] = (1 - ug) * ng + ug * hs[po + r + j];
        gates[zr + j] = rg;
        gates[zr + H + j] = ug;
        gates[zr + 2 * H + j] = ng;
      }
    }
  }
}

/**
 * Backward through time. On entry `c.carryH` holds dL/dh_final (from h_n); on exit dL/dh0 when
 * `wantInitGrad`. h_{t−1} reaches h_t both through W_hh and directly through z ⊙ h; a truncation
 * cut detaches h_{t−1} and so removes both paths.
 */
export function gruBackward(
  c: CellCache, w: CellWeights, g: CellWeights, truncation: number, wantInitGrad: boolean,
): void {
  const { T, B, H, hs, zh, dz, dzh, dh, gates, carryH, dOut, dOutOff, ldOut, reverse } = c;
  const BH = B * H;
  const G3 = 3 * H;
  // dh_{t−1} = dzh_t·W_hh: the columns of W_hh are the packed operand.
  packCols(NR, H, G3, w.whh, 0, H, c.whhPanels);
  for (let s = T - 1; s >= 0; s--) {
    const t = reverse ? T - 1 - s : s;
    const zo = t * B * G3;
    const po = (reverse ? t + 1 : t) * BH;
    const keep = s === 0 ? wantInitGrad : !cutBefore(s, truncation);
    for (let b = 0; b < B; b++) {
      const zr = zo + b * G3;
      const r = b * H;
      const dRow = dOutOff + (t * B + b) * ldOut;
      for (let j = 0; j < H; j++) {
        const i = r + j;
        const dhv = dOut[dRow + j] + carryH[i];
        dh[t * BH + i] = dhv;
        const rg = gates[zr + j];
        const ug = gates[zr + H + j];
        const ng = gates[zr + 2 * H + j];
        const dn = dhv * (1 - ug) * (1 - ng * ng);
        const du = dhv * (hs[po + i] - ng) * ug * (1 - ug);
        const dr = dn * zh[zr + 2 * H + j] * rg * (1 - rg);
        dz[zr + j] = dr;
        dz[zr + H + j] = du;
        dz[zr + 2 * H + j] = dn;
        dzh[zr + j] = dr;
        dzh[zr + H + j] = du;
        dzh[zr + 2 * H + j] = dn * rg;
        // The direct path h' = … + z ⊙ h; the W_hh path is added by the GEMM below.
        carryH[i] = keep ? dhv * ug : 0;
      }
    }
    if (keep) gemmNTPacked(B, H, G3, dzh, zo, G3, c.whhPanels, carryH, 0, H);
  }
  accumulateWeightGrads(c, w, g, dzh);
}
