/**
 * The geometry of the unrolled picture, from sizes alone (no task-specific code): one column per
 * time step, rows bottom-up — x_t, then each layer (forward row, reverse row above it when
 * bidirectional), then y_t — and each h_t drawn as a block of H small cells.
 *
 * Columns never get narrower than `MIN_COL` px: a long sequence (T up to 100) shows a window of
 * steps centred on the cursor, and an overview strip shows all of them. A bidirectional layer
 * staggers its two rows sideways, so the input arrow of the upper (reverse) row can pass beside
 * the forward block instead of through it; both rows' outputs meet on a short "bus" (the
 * concatenation [h→; h←]) that feeds the layer above or the head.
 */
import type { RowRef } from '../Equations/types.ts';

/** Narrowest column in px (phone: about 6 visible steps). */
export const MIN_COL = 48;
/** Widest column in px (a projector with a short sequence). */
export const MAX_COL = 150;

/** One recurrent row's place in the picture. */
export type RowGeom = Readonly<{
  row: RowRef;
  /** top of the row's blocks */
  y: number;
  /** horizontal offset of the row's blocks from the column centre (staggered when D = 2) */
  dx: number;
}>;

/** A block of H cells. */
export type BlockGeom = Readonly<{ cell: number; perRow: number; rows: number; w: number; h: number }>;

/** Everything the view needs to place its elements. */
export type Layout = Readonly<{
  width: number;
  height: number;
  /** width of the row-label column on the left */
  gutter: number;
  colW: number;
  /** the visible steps are first … first + count − 1 (1-based) */
  first: number;
  count: number;
  windowed: boolean;
  block: BlockGeom;
  rows: readonly RowGeom[];
  /** y of each layer's output bus (bidirectional only), by layer */
  busY: readonly number[];
  /** top and height of the x_t and y_t nodes (y null when no step has an output) */
  xNode: Readonly<{ y: number; h: number; w: number }>;
  yNode: Readonly<{ y: number; h: number; w: number }> | null;
  /** baseline of the step numbers under the x row */
  timeY: number;
  /** x where everything folds to in the rolled view */
  foldX: number;
}>;

/** Cells per block row: one row up to 4 units, else a power of two giving a block ~1.5:1 wide. */
export function cellsPerRow(H: number): number {
  if (H <= 4) return H;
  return Math.min(H, 2 ** Math.round(Math.log2(Math.sqrt(H * 1.5))));
}

/** The first visible step of a window of `count` steps centred on step `focus`. */
export function windowStart(T: number, count: number, focus: number): number {
  if (count >= T) return 1;
  return Math.max(1, Math.min(focus - Math.floor((count - 1) / 2), T - count + 1));
}

/** Sizes of the model and the space available. */
export type LayoutInput = Readonly<{
  T: number;
  layers: number;
  D: number;
  H: number;
  /** whether any step feeds the head (every model with a head does) */
  outputs: boolean;
  /** available width in px */
  width: number;
  /** the step the window is centred on when not all steps fit */
  focus: number;
}>;

/** Places everything. */
export function layoutOf(input: LayoutInput): Layout {
  const { T, layers, D, H, width } = input;
  const gutter = width < 480 ? 34 : 52;
  const avail = Math.max(MIN_COL, width - gutter - 12);
  const fits = Math.floor(avail / MIN_COL);
  const count = Math.min(T, Math.max(1, fits));
  const colW = Math.min(MAX_COL, avail / count);
  const first = windowStart(T, count, input.focus);

  const perRow = cellsPerRow(H);
  const nRows = Math.ceil(H / perRow);
  // A tiny state gets wide cells (its numbers are printed inside); the U arrow keeps ≥ 20 % of the column.
  const maxW = colW * (D === 2 ? 0.5 : H <= 4 && colW >= 80 ? 0.74 : 0.64);
  const cell = Math.max(2, Math.min(40, Math.floor(maxW / perRow), Math.floor(96 / nRows)));
  const block: BlockGeom = { cell, perRow, rows: nRows, w: cell * perRow, h: cell * nRows };
  const stagger = D === 2 ? Math.min(colW * 0.13, block.w * 0.3 + 4) : 0;

  const nodeH = 26;
  const gap = D === 2 ? 46 : 36;
  let y = 8;
  const yNode = input.outputs ? { y, h: nodeH, w: Math.min(colW - 8, Math.max(block.w + 2 * stagger, 40)) } : null;
  if (yNode) y += nodeH + gap;
  const rows: RowGeom[] = [];
  const busY: number[] = new Array<number>(layers).fill(0);
  for (let l = layers - 1; l >= 0; l--) {
    // The bus of layer l sits in the gap above it, close to its own blocks.
    busY[l] = y - 14;
    if (D === 2) {
      rows.push({ row: { layer: l, direction: 1 }, y, dx: stagger });
      y += block.h + 20;
    }
    rows.push({ row: { layer: l, direction: 0 }, y, dx: -stagger });
    y += block.h + gap;
  }
  const xNode = { y, h: nodeH, w: Math.min(colW - 8, Math.max(block.w + 2 * stagger, 40)) };
  y += nodeH + 16;
  const timeY = y;
  const usedW = gutter + count * colW;
  return {
    width: usedW + 12,
    height: timeY + 8,
    gutter, colW, first, count, windowed: count < T,
    block, rows, busY, xNode, yNode, timeY,
    foldX: gutter + (count * colW) / 2,
  };
}

/** Centre x of step s (1-based) in the unfolded picture. */
export const columnX = (L: Layout, s: number): number => L.gutter + (s - L.first + 0.5) * L.colW;

/** The geometry of one row, found by layer and direction. */
export function rowGeom(L: Layout, row: RowRef): RowGeom {
  const g = L.rows.find((r) => r.row.layer === row.layer && r.row.direction === row.direction);
  if (g === undefined) throw new Error(`no row for layer ${row.layer} direction ${row.direction}`);
  return g;
}
