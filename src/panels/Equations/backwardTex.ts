/**
 * Backpropagation through time for one step as TeX: how dL/dh_t reaches the previous state.
 * For the Elman RNN every term is printed — ∂L/∂h_{t−1} = Uᵀ(∂L/∂h_t ⊙ f′(a_t)) + the part that
 * arrives at h_{t−1} directly (from its own output and the layer above). LSTM and GRU send the
 * gradient through four (three) gates and, for LSTM, the cell state; their Jacobian is printed as
 * one symbol and the numbers are the two gradients and their norms.
 */
import type { CellType } from '../../worker/config.ts';
import { texNum } from './format.ts';
import type { Eq, LiveMode } from './forwardTex.ts';
import type { BackwardStep } from './netMath.ts';
import { addend, mat, tag, vec } from './naming.ts';
import type { Naming } from './naming.ts';

const d = (n: Naming, time: string): string => `\\frac{\\partial L}{\\partial ${n.h(time)}}`;
const isRnn = (cell: CellType): boolean => cell === 'rnn_tanh' || cell === 'rnn_relu';
const fprimeName = (cell: CellType): string => (cell === 'rnn_relu' ? "\\operatorname{ReLU}'" : "\\tanh'");

/** The backward recurrence with symbols; `t`, `p` are the current and previous subscripts. */
export function symbolicBackward(cell: CellType, n: Naming, t: string, p: string): Eq {
  const local = `${tag('gradprev', d(n, p))}\\Big|_{\\mathrm{local}}`;
  if (isRnn(cell)) {
    const fp = cell === 'rnn_relu' ? `[${n.h(t)} > 0]` : `1 - {${n.h(t)}}^{2}`;
    return {
      id: 'backward',
      tex: `\\begin{aligned}${tag('gradprev', d(n, p))} &= ${tag('U', `{${n.U('')}}^{\\top}`)}\\Big(${tag('grad', d(n, t))} \\odot ${fprimeName(cell)}(a_{${t}})\\Big) + ${local}\\\\ ${fprimeName(cell)}(a_{${t}}) &= ${fp}\\end{aligned}`,
    };
  }
  return {
    id: 'backward',
    tex: `${tag('gradprev', d(n, p))} = \\Big(\\frac{\\partial ${n.h(t)}}{\\partial ${n.h(p)}}\\Big)^{\\!\\top} ${tag('grad', d(n, t))} + ${local}`,
  };
}

/** The ratio of two norms as "×0.42", or nothing when it is undefined. */
const ratio = (a: number, b: number): string => (b > 0 && Number.isFinite(a / b) ? `\\quad(\\times ${texNum(a / b)})` : '');

/**
 * The backward step with numbers. `U` is the row's weight_hh ([H, H]); `p` is '0' (or T+1 for a
 * reverse row) at the first step, where the gradient reaches the fixed initial state and stops.
 */
export function liveBackward(cell: CellType, n: Naming, s: BackwardStep, U: Float64Array, t: string, p: string, mode: LiveMode): Eq[] {
  const H = s.dh.length;
  const lines: string[] = [];
  const unit = mode.kind === 'unit';
  const j = unit ? mode.j : 0;
  const pick = (a: Float64Array | null): string => (unit ? texNum(a?.[j] ?? 0) : vec(a ?? new Float64Array(H)));
  const dd = (time: string): string => (unit ? `\\Big(${d(n, time)}\\Big)_{${j + 1}}` : d(n, time));
  lines.push(`${tag('grad', dd(t))} &= ${tag('grad', pick(s.dh))}`);
  const rnn = s.rnn;
  if (rnn !== null && isRnn(cell)) {
    if (unit) {
      const sum = `${tag('U', `\\underbrace{${addend(rnn.recur[j] ?? 0)}}_{({${n.U('')}}^{\\top}\\delta_{${t}})_{${j + 1}}}`)}`;
      const local = rnn.local === null ? '' : ` + \\underbrace{${addend(rnn.local[j] ?? 0)}}_{\\mathrm{local}}`;
      const total = rnn.local === null ? rnn.recur[j] ?? 0 : s.dhPrev?.[j] ?? 0;
      lines.push(`${tag('gradprev', dd(p))} &= ${sum}${local} = ${tag('gradprev', texNum(total))}`);
    } else {
      const Ut = tag('U', `\\underbrace{${mat(U, H, 0, H, true)}}_{{${n.U('')}}^{\\top}}`);
      const local = rnn.local === null ? '' : ` + ${tag('gradprev', vec(rnn.local))}`;
      const total = rnn.local === null ? rnn.recur : s.dhPrev ?? rnn.recur;
      lines.push(`${tag('gradprev', dd(p))} &= ${Ut}\\Big(${tag('grad', vec(s.dh))} \\odot ${vec(rnn.fprime)}\\Big)${local}`);
      lines.push(`&= ${tag('U', vec(rnn.recur))}${local} = ${tag('gradprev', vec(total))}`);
    }
  } else if (s.dhPrev !== null) {
    lines.push(`${tag('gradprev', dd(p))} &= ${tag('gradprev', pick(s.dhPrev))}`);
  }
  const eqs: Eq[] = [{ id: 'backward-live', tex: `\\begin{aligned}${lines.join('\\\\')}\\end{aligned}` }];
  if (s.dhPrev !== null) {
    eqs.push({
      id: 'backward-norms',
      tex: `\\Big\\|${d(n, t)}\\Big\\| = ${texNum(s.dhNorm)} \\qquad \\Big\\|${d(n, p)}\\Big\\| = ${texNum(s.dhPrevNorm)}${ratio(s.dhPrevNorm, s.dhNorm)}`,
    });
  }
  return eqs;
}
