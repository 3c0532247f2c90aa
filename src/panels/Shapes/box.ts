/**
 * Geometry of a 3-D tensor drawn as an oblique box: dim 0 runs into the page (depth), dim 1
 * across (width) and dim 2 down (height) — the (batch, timesteps, features) picture of the
 * lectures. Putting tensor axes in the same place for every tensor is what makes batch_first
 * visible: flipping it swaps which quantity lies across and which runs into the page.
 *
 * Edge lengths grow with log2 of the size so [1, 1, 1] and [100, 10, 4096] both fit on a phone
 * and a larger axis is always drawn longer.
 */

/** A point in SVG user units. */
export type Point = Readonly<{ x: number; y: number }>;

/** Where an axis label goes and how it is anchored. */
export type LabelSpot = Readonly<{ x: number; y: number; anchor: 'start' | 'middle' | 'end' }>;

/** Everything a diagram needs to draw one box; all paths are SVG path data. */
export type BoxGeometry = Readonly<{
  /** size of the drawing, labels included */
  width: number;
  height: number;
  front: string;
  top: string;
  side: string;
  /** the edge that represents each tensor dim: [dim 0 (depth), dim 1 (width), dim 2 (height)] */
  edges: readonly [string, string, string];
  labels: readonly [LabelSpot, LabelSpot, LabelSpot];
  /** lines between the slices of the divided axis (e.g. each time step), or '' */
  divisions: string;
  /** the second half along dim 2 (front and side faces), for D = 2 outputs, or '' */
  secondHalf: string;
}>;

/** Options of `boxGeometry`. */
export type BoxOptions = Readonly<{
  /** draw a line between each of `count` slices along dim `axis` (skipped above 32 slices) */
  divide?: Readonly<{ axis: 0 | 1 | 2; count: number }>;
  /** shade the second half of dim 2 (the reverse direction's features) */
  splitHeight?: boolean;
}>;

/** Room around the box for the labels, in user units. */
const MARGIN = { left: 104, right: 118, top: 12, bottom: 44 } as const;
/** Depth edges are drawn foreshortened at 30° like a cabinet projection. */
const DEPTH_FACTOR = 0.6;
const DEPTH_ANGLE = Math.PI / 6;
/** Slices beyond this many would merge into a grey smear. */
export const MAX_DIVISIONS = 32;

/** Drawn length of an axis of `size` elements: 22 units for 1, +19 per doubling, at most 250. */
export function edgeLength(size: number): number {
  return Math.min(250, 22 + 19 * Math.log2(Math.max(1, size)));
}

const pt = (x: number, y: number): Point => ({ x, y });
const r = (v: number): string => String(Math.round(v * 10) / 10);
const poly = (ps: readonly Point[]): string => `M${ps.map((p) => `${r(p.x)},${r(p.y)}`).join('L')}Z`;
const line = (a: Point, b: Point): string => `M${r(a.x)},${r(a.y)}L${r(b.x)},${r(b.y)}`;

/** Lays out a box for a tensor of shape [dim0, dim1, dim2]. */
export function boxGeometry(shape: readonly [number, number, number], options: BoxOptions = {}): BoxGeometry {
  const depth = edgeLength(shape[0]) * DEPTH_FACTOR;
  const W = edgeLength(shape[1]);
  const H = edgeLength(shape[2]);
  const dx = depth * Math.cos(DEPTH_ANGLE);
  const dy = depth * Math.sin(DEPTH_ANGLE);
  const x0 = MARGIN.left;
  const y0 = MARGIN.top + dy;
  // Corners: front face a-b-c-d clockwise from top-left; the same corners pushed back by (dx, -dy).
  const a = pt(x0, y0);
  const b = pt(x0 + W, y0);
  const c = pt(x0 + W, y0 + H);
  const d = pt(x0, y0 + H);
  const back = (p: Point, f = 1): Point => pt(p.x + dx * f, p.y - dy * f);

  const divisions: string[] = [];
  const div = options.divide;
  if (div && div.count > 1 && div.count <= MAX_DIVISIONS) {
    for (let i = 1; i < div.count; i++) {
      const f = i / div.count;
      if (div.axis === 1) {
        const p = pt(x0 + W * f, y0);
        divisions.push(line(p, pt(p.x, y0 + H)), line(p, back(p)));
      } else if (div.axis === 0) {
        divisions.push(line(back(a, f), back(b, f)), line(back(b, f), back(c, f)));
      } else {
        const p = pt(x0 + W, y0 + H * f);
        divisions.push(line(pt(x0, p.y), p), line(p, back(p)));
      }
    }
  }

  let secondHalf = '';
  if (options.splitHeight) {
    const ml = pt(x0, y0 + H / 2);
    const mr = pt(x0 + W, y0 + H / 2);
    secondHalf = poly([ml, mr, c, d]) + poly([mr, back(mr), back(c), c]);
  }

  return {
    width: MARGIN.left + W + dx + MARGIN.right,
    height: MARGIN.top + dy + H + MARGIN.bottom,
    front: poly([a, b, c, d]),
    top: poly([a, back(a), back(b), b]),
    side: poly([b, back(b), back(c), c]),
    edges: [line(c, back(c)), line(d, c), line(a, d)],
    labels: [
      { x: c.x + dx / 2 + 10, y: c.y - dy / 2 + 4, anchor: 'start' },
      { x: x0 + W / 2, y: c.y + 20, anchor: 'middle' },
      { x: x0 - 10, y: y0 + H / 2, anchor: 'end' },
    ],
    divisions: divisions.join(''),
    secondHalf,
  };
}
