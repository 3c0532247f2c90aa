/**
 * How much the final hidden state of a layer still depends on each earlier one:
 * ‖∂h_final/∂h_t‖₂ for every t, through the layer's own recurrence (its input held fixed).
 *
 * Method. Let R_s = ∂h_final/∂state_s, with state = h (RNN, GRU) or (h, c) (LSTM). Then
 * R_final = [I, 0] and R_{s−1} = R_s · ∂state_s/∂state_{s−1}: each of R's H rows is a covector
 * pulled back through one step exactly like a backward pass does, so all H rows move together
 * as one [H × G·H]·[G·H × H] GEMM per step (8H³ flops for LSTM: ~2 MFLOP at H = 64). The
 * reported norm is the spectral norm of the h-block of R_t (for LSTM: ∂h_final/∂h_t with c_t
 * held fixed; the path through c_t is part of the later products), estimated by Lanczos
 * (`spectralNorm`: a lower bound converging from below).
 */
import { gemmNN } from './kernels.ts';
import { spectralNorm } from './spectral.ts';
import type { CellCache, CellWeights } from './cells/cache.ts';

/**
 * Fills `out` ([T], time order) with ‖∂h_final/∂h_t‖₂ for batch row 0 of a direction's cache
 * after its forward pass. h_final is h_{T−1} for a forward direction and h_0 for a reverse one,
 * so the norm is exactly 1 there.
 */
export function stateJacobianNorms(c: CellCache, w: CellWeights, out: Float64Array): void {
  const { T, B, H, kind, reverse } = c;
  const BH = B * H;
  const HH = H * H;
  const G = c.G;
  const GH = G * H;
  const Rh = new Float64Array(HH); // [H, H]: rows = h_final units, cols = h_t units
  const Rc = new Float64Array(kind === 'lstm' ? HH : 0); // [H, H]: cols = c_t units
  const dZ = new Float64Array(H * GH); // [H, G·H]: the rows' gradients w.r.t. pre-activations
  const scratch = new Float64Array((H + 1) * H + 4 * H); // Lanczos workspace, see spectralNorm
  for (let j = 0; j < H; j++) Rh[j * H + j] = 1;
  for (let s = T - 1; s >= 0; s--) {
    const t = reverse ? T - 1 - s : s;
    // σ² to 1e-10 relative (σ to ~5e-11) is far beyond what a chart shows, and ~30% cheaper.
    out[t] = spectralNorm(Rh, H, H, { scratch, tolerance: 1e-10 });
    if (s === 0) break;
    const ho = (reverse ? t : t + 1) * BH; // this step's output slot (batch row 0)
    const po = (reverse ? t + 1 : t) * BH; // the previous state's slot
    const go = t * B * GH; // gates of (t, batch row 0)
    if (kind === 'rnn_tanh' || kind === 'rnn_relu') {
      for (let j = 0; j < H; j++) {
        const y = c.hs[ho + j];
        const d = kind === 'rnn_relu' ? (y > 0 ? 1 : 0) : 1 - y * y;
        for (let r = 0; r < H; r++) dZ[r * H + j] = Rh[r * H + j] * d;
      }
      Rh.fill(0);
    } else if (kind === 'lstm') {
      for (let j = 0; j < H; j++) {
        const ig = c.gates[go + j], fg = c.gates[go + H + j];
        const gg = c.gates[go + 2 * H + j], og = c.gates[go + 3 * H + j];
        const tc = c.tanhC[t * BH + j];
        const cPrev = c.cs[po + j];
        const dcdh = og * (1 - tc * tc);
        for (let r = 0; r < H; r++) {
          const dh = Rh[r * H + j];
          const dc = Rc[r * H + j] + dh * dcdh;
          const z = r * GH;
          dZ[z + j] = dc * gg * ig * (1 - ig);
          dZ[z + H + j] = dc * cPrev * fg * (1 - fg);
          dZ[z + 2 * H + j] = dc * ig * (1 - gg * gg);
          dZ[z + 3 * H + j] = dh * tc * og * (1 - og);
          Rc[r * H + j] = dc * fg;
        }
      }
      Rh.fill(0);
    } else {
      for (let j = 0; j < H; j++) {
        const rg = c.gates[go + j], ug = c.gates[go + H + j], ng = c.gates[go + 2 * H + j];
        const hnPart = c.zh[go + 2 * H + j];
        const hPrev = c.hs[po + j];
        for (let r = 0; r < H; r++) {
          const dh = Rh[r * H + j];
          const dn = dh * (1 - ug) * (1 - ng * ng);
          const z = r * GH;
          dZ[z + j] = dn * hnPart * rg * (1 - rg);
          dZ[z + H + j] = dh * (hPrev - ng) * ug * (1 - ug);
          dZ[z + 2 * H + j] = dn * rg;
          // the direct path h' = … + z ⊙ h; the W_hh path is added by the GEMM below
          Rh[r * H + j] = dh * ug;
        }
      }
    }
    gemmNN(H, H, GH, dZ, 0, GH, w.whh, 0, H, Rh, 0, H);
  }
}
