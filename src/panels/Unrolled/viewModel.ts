/**
 * What every part of the unrolled picture reads, computed once per frame: the layout, the colour
 * scales, the state of each (row, step), where each arrow starts and ends, and how inputs and
 * outputs are spelled. Pure functions of the snapshot and the cursor.
 */
import { divergingColor, niceMaxAbs } from '../shared/diverging.ts';
import { stepState } from '../Equations/cursor.ts';
import type { StepState } from '../Equations/cursor.ts';
import { argmax, oneHotIndex, rowOf, shapeOf } from '../Equations/netMath.ts';
import type { NetSnapshot, RowRef, StepCursor } from '../Equations/types.ts';
import { columnX, rowGeom } from './layout.ts';
import type { Layout, RowGeom } from './layout.ts';

/** The shared inputs of the picture's parts. */
export type ViewCtx = Readonly<{
  net: NetSnapshot;
  L: Layout;
  cursor: StepCursor;
  T: number;
  H: number;
  D: number;
  layers: number;
  selected: RowRef;
  folded: boolean;
  /** the step the rolled-up picture keeps (the cursor's step, at least 1) */
  foldStep: number;
  /** colours of h (symmetric bound hMax) and of dL/dh (bound gMax) */
  colorH: (v: number) => string;
  hMax: number;
  colorG: (v: number) => string;
  gMax: number;
  /** print W, U, V next to the arrows (wide enough columns) */
  labels: boolean;
  /** marker id prefix */
  prefix: string;
}>;

/**
 * The symmetric bounds of the two colour scales. States bounded by tanh keep a fixed [−1, 1], so
 * a colour means the same value at every frame of training; ReLU states and gradients use their
 * rounded-up maximum.
 */
export function colorBounds(net: NetSnapshot): { hMax: number; gMax: number } {
  const cells = net.trace.cells;
  return {
    hMax: net.cell === 'rnn_relu' ? niceMaxAbs(...cells.map((c) => c.h)) : 1,
    gMax: niceMaxAbs(...cells.map((c) => c.dLdh)),
  };
}

/** Builds the context; `prefix` makes marker ids unique per picture. */
export function viewCtx(net: NetSnapshot, L: Layout, cursor: StepCursor, selected: RowRef, folded: boolean, prefix: string): ViewCtx {
  const { T, H, D, layers } = shapeOf(net);
  const { hMax, gMax } = colorBounds(net);
  return {
    net, L, cursor, T, H, D, layers, selected, folded,
    foldStep: Math.max(1, cursor.t),
    colorH: divergingColor(hMax), hMax,
    colorG: divergingColor(gMax), gMax,
    labels: L.colW >= 56,
    prefix,
  };
}

/** A stable string key of a row. */
export const rowKey = (r: RowRef): string => `${r.layer}-${r.direction}`;

/** Whether two rows are the same. */
export const sameRow = (a: RowRef, b: RowRef): boolean => a.layer === b.layer && a.direction === b.direction;

/** The state of step s (1-based) of a row. */
export const stateOf = (ctx: ViewCtx, row: RowRef, s: number): StepState => stepState(row, s, ctx.cursor, ctx.T);

/** Centre x of a row's block at step s. */
export const blockX = (ctx: ViewCtx, g: RowGeom, s: number): number => columnX(ctx.L, s) + g.dx;

/**
 * Where the input arrow of a row meets its block: the centre for a forward row; near the right
 * edge for a reverse row, so the arrow passes beside the staggered forward block below it.
 */
export function inputArrowX(ctx: ViewCtx, g: RowGeom, s: number): number {
  const x = blockX(ctx, g, s);
  return g.row.direction === 1 ? x + ctx.L.block.w / 2 - 4 : x;
}

/** The y where a row's input arrow starts: the x node, the block below, or the layer below's bus. */
export function inputSourceY(ctx: ViewCtx, layer: number): number {
  const L = ctx.L;
  if (layer === 0) return L.xNode.y;
  return ctx.D === 2 ? (L.busY[layer - 1] ?? 0) : rowGeom(L, { layer: layer - 1, direction: 0 }).y;
}

/** The y of the top of the layer's output: the bus (bidirectional) or the forward block's top. */
export function outputSourceY(ctx: ViewCtx, layer: number): number {
  return ctx.D === 2 ? (ctx.L.busY[layer] ?? 0) : rowGeom(ctx.L, { layer, direction: 0 }).y;
}

/** The values a block shows: h_s, or dL/dh_s during the backward pass once the gradient got there. */
export function blockValues(ctx: ViewCtx, row: RowRef, s: number): { values: Float64Array; grad: boolean } {
  const c = ctx.net.trace.cells[row.layer * ctx.D + row.direction];
  if (c === undefined) return { values: new Float64Array(ctx.H), grad: false };
  const grad = ctx.cursor.phase === 'backward' && stateOf(ctx, row, s) !== 'future';
  return { values: rowOf(grad ? c.dLdh : c.h, s - 1, ctx.H), grad };
}

/** How x_s is spelled in its node: the symbol of a one-hot input, or the value of a scalar input. */
export function inputText(net: NetSnapshot, s: number): string | null {
  const { inputSize } = shapeOf(net);
  const x = rowOf(net.trace.x, s - 1, inputSize);
  const k = oneHotIndex(x);
  if (k !== null) return net.inputLabels?.[k] ?? `#${k}`;
  if (inputSize === 1) return (x[0] ?? 0).toFixed(2).replace('-', '−');
  if (x.every((v) => v === 0)) return '0';
  return null;
}

/** How y_s is spelled: the predicted class (classifier) or the value (regression). */
export function outputText(net: NetSnapshot, s: number): string {
  const { outputSize: O } = shapeOf(net);
  const y = net.head === 'each' ? rowOf(net.trace.prediction, s - 1, O) : net.trace.prediction.subarray(0, O);
  if (net.loss === 'ce') {
    const k = argmax(y);
    return net.classLabels?.[k] ?? `#${k}`;
  }
  return Array.from(y.subarray(0, 2), (v) => v.toFixed(2).replace('-', '−')).join(' ');
}
