/**
 * Motion that explains: when the cursor moves, a dot carries the value along the arrow that
 * produced it (x_t up W and h_{t−1} along U in the forward pass, dL/dh_t back along U in the
 * backward pass); and the rolled-up view's self-loops. Durations come from the `--dur-*` tokens,
 * which are 0 under prefers-reduced-motion, so the dots then simply do not appear.
 * React owns these SVG nodes; CSS animates them.
 */
import type { CSSProperties } from 'react';
import { prevStep } from '../Equations/netMath.ts';
import { SelfLoop } from './Arrow.tsx';
import { gradientSegment } from './gradientGeometry.ts';
import { blockX, inputArrowX, inputSourceY, rowKey, sameRow } from './viewModel.ts';
import type { ViewCtx } from './viewModel.ts';

type Trip = Readonly<{ key: string; x0: number; y0: number; x1: number; y1: number; kind: 'w' | 'u' | 'grad' }>;

/** The trips of the current step. */
function tripsOf(ctx: ViewCtx): Trip[] {
  const { cursor, L, T } = ctx;
  if (cursor.phase === 'initial' || ctx.folded) return [];
  const trips: Trip[] = [];
  const visible = (s: number): boolean => s >= L.first && s < L.first + L.count;
  for (const g of L.rows) {
    const s = g.row.direction === 0 ? cursor.t : T + 1 - cursor.t;
    if (!visible(s)) continue;
    const k = rowKey(g.row);
    if (cursor.phase === 'backward') {
      const seg = gradientSegment(ctx, g, s);
      trips.push({ key: `g${k}`, x0: seg.x1, y0: seg.y, x1: seg.x2, y1: seg.y, kind: 'grad' });
      continue;
    }
    const ax = inputArrowX(ctx, g, s);
    trips.push({ key: `w${k}`, x0: ax, y0: inputSourceY(ctx, g.row.layer), x1: ax, y1: g.y + L.block.h, kind: 'w' });
    const p = prevStep(g.row, s - 1, T);
    if (p !== null && visible(p + 1)) {
      const side = g.row.direction === 0 ? -1 : 1;
      const mid = g.y + L.block.h / 2;
      trips.push({ key: `u${k}`, x0: blockX(ctx, g, p + 1) - side * (L.block.w / 2), y0: mid, x1: blockX(ctx, g, s) + side * (L.block.w / 2), y1: mid, kind: 'u' });
    }
  }
  return trips;
}

/** Dots travelling along this step's arrows; `stamp` changes with every cursor move to restart them. */
export function Pulses({ ctx, stamp }: Readonly<{ ctx: ViewCtx; stamp: number }>) {
  return (
    <g className="upulses" aria-hidden="true">
      {tripsOf(ctx).map((p) => (
        <circle
          key={`${stamp}-${p.key}`}
          r={p.kind === 'grad' ? 5 : 4}
          className={`upulse upulse--${p.kind}`}
          style={{ '--x0': `${p.x0}px`, '--y0': `${p.y0}px`, '--x1': `${p.x1}px`, '--y1': `${p.y1}px` } as CSSProperties}
        />
      ))}
    </g>
  );
}

/** The rolled-up picture's self-loops (forward rows loop on the right, reverse rows on the left). */
export function FoldedLoops({ ctx }: Readonly<{ ctx: ViewCtx }>) {
  const { L } = ctx;
  return (
    <g className={`uloops${ctx.folded ? ' uloops--on' : ''}`} aria-hidden={!ctx.folded || undefined}>
      {L.rows.map((g) => {
        const side = g.row.direction === 0 ? 1 : -1;
        const x = L.foldX + g.dx + side * (L.block.w / 2 + 2);
        const selected = sameRow(g.row, ctx.selected);
        return (
          <g key={rowKey(g.row)}>
            <SelfLoop prefix={ctx.prefix} x={x} y={g.y} h={L.block.h} side={side} term={selected ? 'U' : undefined} />
            <text x={x + side * (Math.max(26, L.block.h * 0.9) + 4)} y={g.y + L.block.h / 2} dy="0.35em" textAnchor={side === 1 ? 'start' : 'end'} className="ulabel ulabel--u">
              U
            </text>
          </g>
        );
      })}
    </g>
  );
}
