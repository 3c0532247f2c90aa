/**
 * The forward equations of a row as TeX: symbolic (the recurrence as the lecture writes it) and
 * live (the same recurrence with the current example's numbers at one step). Live numbers come
 * in two sizes: full matrices and vectors when the hidden state is small (H ≤ 4, the "tiny
 * model"), otherwise the row of one hidden unit j with its three terms summed — a 64×64 matrix is
 * not something anyone reads.
 */
import type { CellType } from '../../worker/config.ts';
import { texNum } from './format.ts';
import type { ForwardStep, GateStep } from './netMath.ts';
import { addend, mat, plus, tag, vec } from './naming.ts';
import type { Naming } from './naming.ts';
import type { Term } from './types.ts';

/** Full matrices up to this hidden size; the row of one unit above it. */
export const FULL_MAX_HIDDEN = 4;
/** Inputs wider than this (one-hot words) are shown as the product W x_t, not W and x_t apart. */
export const FULL_MAX_INPUT = 4;

/** How many numbers the live equations print. */
export type LiveMode = Readonly<{ kind: 'full' }> | Readonly<{ kind: 'unit'; j: number }>;

/** Full for small models, else unit `j` (0-based). */
export const liveModeFor = (H: number, j: number): LiveMode => (H <= FULL_MAX_HIDDEN ? { kind: 'full' } : { kind: 'unit', j });

/** One display equation (an `aligned` block), keyed for React. */
export type Eq = Readonly<{ id: string; tex: string }>;

const SIGMOID_GATES = new Set(['i', 'f', 'o', 'r', 'z']);

/** The squashing function of a gate: σ for gates, tanh for candidates, the RNN's own for 'h'. */
const fnOf = (gate: string, n: Naming): string => (gate === 'h' ? n.act : SIGMOID_GATES.has(gate) ? '\\sigma' : '\\tanh');

/** The term that names a gate's output. */
const gateTerm = (gate: string): Term => (gate === 'h' ? 'h' : (gate as Term));

/** Subscript of a gate's matrices: none for the Elman RNN. */
const sub = (gate: string): string => (gate === 'h' ? '' : gate);

/** The recurrence with symbols only; `prev` is 't-1' (forward row) or 't+1' (reverse row). */
export function symbolicForward(cell: CellType, n: Naming, gates: readonly string[], prev: string): Eq[] {
  const lines = gates.map((g) => {
    const lhs = tag(gateTerm(g), g === 'h' ? n.h('t') : n.gate(g, 't'));
    const Wx = `${tag('W', n.W(sub(g)))}\\,${tag('x', n.input('t'))}`;
    const Uh = `${tag('U', n.U(sub(g)))}\\,${tag('hprev', n.h(prev))}`;
    if (cell === 'gru' && g === 'n') {
      return `${lhs} &= \\tanh\\big(${Wx} + ${tag('b', n.b('in'))} + ${tag('r', n.gate('r', 't'))} \\odot (${Uh} + ${tag('b', n.b('hn'))})\\big)`;
    }
    return `${lhs} &= ${fnOf(g, n)}\\big(${Wx} + ${Uh} + ${tag('b', n.b(sub(g)))}\\big)`;
  });
  if (cell === 'lstm') {
    lines.push(`${tag('cell', n.c('t'))} &= ${tag('f', n.gate('f', 't'))} \\odot ${tag('cprev', n.c(prev))} + ${tag('i', n.gate('i', 't'))} \\odot ${tag('g', n.gate('g', 't'))}`);
    lines.push(`${tag('h', n.h('t'))} &= ${tag('o', n.gate('o', 't'))} \\odot \\tanh(${tag('cell', n.c('t'))})`);
  } else if (cell === 'gru') {
    lines.push(`${tag('h', n.h('t'))} &= (1 - ${tag('z', n.gate('z', 't'))}) \\odot ${tag('n', n.gate('n', 't'))} + ${tag('z', n.gate('z', 't'))} \\odot ${tag('hprev', n.h(prev))}`);
  }
  return [{ id: 'forward', tex: `\\begin{aligned}${lines.join('\\\\')}\\end{aligned}` }];
}

/** Live numbers of one gate line. `t`, `p` are the printed current and previous steps. */
function liveGate(cell: CellType, n: Naming, s: ForwardStep, g: GateStep, t: string, p: string, mode: LiveMode): string {
  const H = g.act.length;
  const name = g.name;
  const gru = cell === 'gru';
  const fn = fnOf(name, n);
  const isN = gru && name === 'n';
  const r = gru ? s.gates[0] : undefined;
  if (mode.kind === 'unit') {
    const j = mode.j;
    const idx = `${t},${j + 1}`;
    const lhs = tag(gateTerm(name), name === 'h' ? n.h(idx) : n.gate(name, idx));
    const ub = (term: Term, v: number, label: string): string => tag(term, `\\underbrace{${addend(v)}}_{${label}}`);
    const wx = ub('W', g.Wx[j] ?? 0, `(${n.W(sub(name))}${n.input(t)})_{${j + 1}}`);
    const uh = ub('U', g.Uh[j] ?? 0, `(${n.U(sub(name))}${n.h(p)})_{${j + 1}}`);
    const inner = isN
      ? `${wx} + ${ub('b', g.bih[j] ?? 0, n.b('in', String(j + 1)))} + ${ub('r', r?.act[j] ?? 0, n.gate('r', idx))} \\cdot \\big(${uh} + ${ub('b', g.bhh[j] ?? 0, n.b('hn', String(j + 1)))}\\big)`
      : `${wx} + ${uh} + ${ub('b', (g.bih[j] ?? 0) + (g.bhh[j] ?? 0), n.b(sub(name), String(j + 1)))}`;
    return `${lhs} &= ${fn}\\Big(${inner}\\Big) \\\\ &= ${fn}(${texNum(g.pre[j] ?? 0)}) = ${tag(gateTerm(name), texNum(g.act[j] ?? 0))}`;
  }
  const lhs = tag(gateTerm(name), name === 'h' ? n.h(t) : n.gate(name, t));
  const I = s.x.length;
  const wx = I <= FULL_MAX_INPUT
    ? `${tag('W', mat(g.W, I, 0, H))}${tag('x', vec(s.x))}`
    : tag('W', `\\underbrace{${vec(g.Wx)}}_{${n.W(sub(name))}${n.input(t)}}`);
  const uh = `${tag('U', mat(g.U, H, 0, H))}${tag('hprev', vec(s.hPrev))}`;
  const inner = isN
    ? `${wx} + ${tag('b', vec(g.bih))} + ${tag('r', vec(r?.act ?? new Float64Array(H)))} \\odot \\big(${uh} + ${tag('b', vec(g.bhh))}\\big)`
    : `${wx} + ${uh} + ${tag('b', vec(plus(g.bih, g.bhh)))}`;
  return `${lhs} &= ${fn}\\Big(${inner}\\Big) \\\\ &= ${fn}\\big(${vec(g.pre)}\\big) = ${tag(gateTerm(name), vec(g.act))}`;
}

/** The LSTM/GRU lines after the gates: the cell state and h_t. */
function liveState(cell: CellType, n: Naming, s: ForwardStep, t: string, mode: LiveMode): string[] {
  const G = (name: string): Float64Array => s.gates.find((g) => g.name === name)?.act ?? new Float64Array(s.h.length);
  const one = mode.kind === 'unit';
  const j = one ? mode.j : 0;
  const idx = (time: string): string => (one ? `${time},${j + 1}` : time);
  // Operands of a product get parentheses when negative; results stand alone.
  const v = (a: Float64Array | null): string => (one ? addend(a?.[j] ?? 0) : vec(a ?? new Float64Array(0)));
  const res = (a: Float64Array | null): string => (one ? texNum(a?.[j] ?? 0) : vec(a ?? new Float64Array(0)));
  const op = one ? '\\cdot' : '\\odot';
  if (cell === 'lstm') {
    return [
      `${tag('cell', n.c(idx(t)))} &= ${tag('f', v(G('f')))} ${op} ${tag('cprev', v(s.cPrev))} + ${tag('i', v(G('i')))} ${op} ${tag('g', v(G('g')))} = ${tag('cell', res(s.c))}`,
      `${tag('h', n.h(idx(t)))} &= ${tag('o', v(G('o')))} ${op} \\tanh\\big(${tag('cell', v(s.c))}\\big) = ${tag('h', res(s.h))}`,
    ];
  }
  if (cell === 'gru') {
    return [
      `${tag('h', n.h(idx(t)))} &= \\big(1 - ${tag('z', v(G('z')))}\\big) ${op} ${tag('n', v(G('n')))} + ${tag('z', v(G('z')))} ${op} ${tag('hprev', v(s.hPrev))} = ${tag('h', res(s.h))}`,
    ];
  }
  return [];
}

/**
 * The live equations of one row at one step: one block per gate (the Elman RNN has one), then
 * the LSTM/GRU state update. `t` and `p` are the printed step numbers (1-based; p is '0' for the
 * zero initial state).
 */
export function liveForward(cell: CellType, n: Naming, s: ForwardStep, t: string, p: string, mode: LiveMode): Eq[] {
  const eqs: Eq[] = s.gates.map((g) => ({ id: `gate-${g.name}`, tex: `\\begin{aligned}${liveGate(cell, n, s, g, t, p, mode)}\\end{aligned}` }));
  const state = liveState(cell, n, s, t, mode);
  if (state.length > 0) eqs.push({ id: 'state', tex: `\\begin{aligned}${state.join('\\\\')}\\end{aligned}` });
  return eqs;
}

/** h_0 = 0 (and c_0 = 0): the state before the first step, as PyTorch starts when h0 is not given. */
export function initialTex(cell: CellType, n: Naming, first: string, H: number): Eq[] {
  const zero = vec(new Float64Array(Math.min(H, FULL_MAX_HIDDEN)));
  const z = H <= FULL_MAX_HIDDEN ? zero : '\\mathbf{0}';
  const lines = [`${tag('h', n.h(first))} &= ${z}`];
  if (cell === 'lstm') lines.push(`${tag('cell', n.c(first))} &= ${z}`);
  return [{ id: 'initial', tex: `\\begin{aligned}${lines.join('\\\\')}\\end{aligned}` }];
}
