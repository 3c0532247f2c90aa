/**
 * The lecture's symbols for one row of the network, and the TeX helpers every formula is built
 * from. Mapping to PyTorch (also shown in the panel): W = weight_ih, U = weight_hh,
 * b = bias_ih + bias_hh, V = fc.weight, c = fc.bias. LSTM calls the output bias b_y because c is
 * its cell state. A layer above the first gets a superscript (W⁽²⁾), a reverse direction a left
 * arrow (h⃖), and LSTM/GRU matrices a gate subscript (W_i = the i rows of weight_ih).
 */
import type { CellType } from '../../worker/config.ts';
import { texNum } from './format.ts';
import type { RowRef, Term } from './types.ts';

/** Symbols of one row. `time` arguments are TeX subscripts such as 't', 't-1' or '3,2'. */
export type Naming = Readonly<{
  h: (time: string) => string;
  c: (time: string) => string;
  gate: (name: string, time: string) => string;
  /** a weight or bias symbol; `index` adds an entry index to the gate subscript (b_{r,3}) */
  W: (gate: string, index?: string) => string;
  U: (gate: string, index?: string) => string;
  b: (gate: string, index?: string) => string;
  /** what the row reads at `time`: x_t, or the output of the layer below */
  input: (time: string) => string;
  /** the head's output bias: c, or b_y for LSTM */
  outBias: string;
  /** the top layer's output as the head reads it (both directions concatenated) */
  top: (time: string) => string;
  /** the RNN nonlinearity */
  act: string;
}>;

/** Builds the symbols of `row` in a model with `layers` layers and `D` directions. */
export function namingOf(cell: CellType, row: RowRef, layers: number, D: number): Naming {
  const sup = (l: number): string => (layers > 1 ? `^{(${l + 1})}` : '');
  const accent = (base: string, d: number): string => (D === 2 ? (d === 1 ? `\\overleftarrow{${base}}` : `\\overrightarrow{${base}}`) : base);
  const { layer, direction } = row;
  const state = (base: string, l: number, d: number) => (time: string): string => `{${accent(base, d)}}${sup(l)}_{${time}}`;
  const weight = (base: string) => (gate: string, index?: string): string => {
    const subscript = [gate, index].filter((x) => x !== undefined && x !== '').join(',');
    return `{${accent(base, direction)}}${sup(layer)}${subscript === '' ? '' : `_{${subscript}}`}`;
  };
  const below = (time: string): string =>
    D === 2 ? `\\big[${state('h', layer - 1, 0)(time)};\\,${state('h', layer - 1, 1)(time)}\\big]` : state('h', layer - 1, 0)(time);
  const topLayer = layers - 1;
  return {
    h: state('h', layer, direction),
    c: state('c', layer, direction),
    gate: (name, time) => state(name, layer, direction)(time),
    W: weight('W'),
    U: weight('U'),
    b: weight('b'),
    input: layer === 0 ? (time) => `x_{${time}}` : below,
    outBias: cell === 'lstm' ? 'b_y' : 'c',
    top: (time) => (D === 2 ? `\\big[${state('h', topLayer, 0)(time)};\\,${state('h', topLayer, 1)(time)}\\big]` : state('h', topLayer, 0)(time)),
    act: cell === 'rnn_relu' ? '\\operatorname{ReLU}' : '\\tanh',
  };
}

/** Tags a piece of TeX with a term (see `Term`); Tex.tsx trusts only this command. */
export const tag = (term: Term, tex: string): string => `\\htmlData{term=${term}}{${tex}}`;

/** A column vector. */
export function vec(v: ArrayLike<number>): string {
  return `\\begin{bmatrix}${Array.from(v, texNum).join('\\\\')}\\end{bmatrix}`;
}

/** A row vector. */
export function rowVec(v: ArrayLike<number>): string {
  return `\\begin{bmatrix}${Array.from(v, texNum).join('&')}\\end{bmatrix}`;
}

/** Rows [r0, r0+n) of a row-major matrix with `cols` columns; `transpose` prints Mᵀ. */
export function mat(M: Float64Array, cols: number, r0: number, n: number, transpose = false): string {
  const rows: string[] = [];
  if (transpose) {
    for (let k = 0; k < cols; k++) rows.push(Array.from({ length: n }, (_, r) => texNum(M[(r0 + r) * cols + k] ?? 0)).join('&'));
  } else {
    for (let r = 0; r < n; r++) rows.push(Array.from(M.subarray((r0 + r) * cols, (r0 + r + 1) * cols), texNum).join('&'));
  }
  return `\\begin{bmatrix}${rows.join('\\\\')}\\end{bmatrix}`;
}

/** A number as a summand: negative values in parentheses, so "+ (−0.2)" never reads as "+ −0.2". */
export const addend = (v: number): string => (v < 0 ? `(${texNum(v)})` : texNum(v));

/** Text for `\text{…}`, with TeX's special characters escaped. */
export function texText(s: string): string {
  return s.replace(/[\\{}$&#^_%~]/g, (ch) => (ch === '\\' ? '\\textbackslash{}' : ch === '~' ? '\\textasciitilde{}' : ch === '^' ? '\\textasciicircum{}' : `\\${ch}`));
}

/** The element-wise sum of two vectors (b_ih + b_hh is the lecture's b). */
export const plus = (a: Float64Array, b: Float64Array): Float64Array => Float64Array.from(a, (v, i) => v + (b[i] ?? 0));
