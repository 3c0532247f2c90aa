/**
 * The backward pass drawn on the unrolled picture: for every step the gradient has reached, an
 * arrow from h_t back to the previous state along the recurrent connection, as thick as
 * log ‖dL/dh_t‖ and labelled with the norm — so a student sees the gradient shrink (vanish) or grow
 * (explode) as it travels back. React owns these SVG nodes.
 */
import { useT } from '../../i18n/index.ts';
import { fmtNorm } from '../Equations/format.ts';
import { Arrow } from './Arrow.tsx';
import { gradientSegment, gradientWidth } from './gradientGeometry.ts';
import { rowKey, sameRow, stateOf } from './viewModel.ts';
import type { ViewCtx } from './viewModel.ts';

/** All gradient arrows of the visible steps. */
export function GradientFlow({ ctx, steps }: Readonly<{ ctx: ViewCtx; steps: readonly number[] }>) {
  const { t } = useT();
  if (ctx.cursor.phase !== 'backward' || ctx.folded) return null;
  const cells = ctx.net.trace.cells;
  const width = gradientWidth(cells.map((c) => c.dLdhNorm));
  return (
    <g className="ugrad">
      {ctx.L.rows.map((g) => {
        const norms = cells[g.row.layer * ctx.D + g.row.direction]?.dLdhNorm;
        const selected = sameRow(g.row, ctx.selected);
        return (
          <g key={rowKey(g.row)}>
            {steps.map((s) => {
              const state = stateOf(ctx, g.row, s);
              if (state === 'future') return null;
              const n = norms?.[s - 1] ?? 0;
              const seg = gradientSegment(ctx, g, s);
              const current = state === 'current';
              return (
                <g key={s} className={current ? 'ugrad--current' : undefined}>
                  <Arrow
                    kind="grad"
                    prefix={ctx.prefix}
                    x1={seg.x1}
                    y1={seg.y}
                    x2={seg.x2}
                    y2={seg.y}
                    width={width(n)}
                    term={selected && current ? 'U' : undefined}
                    title={t('unrolled.figure.gradArrow', { t: s, norm: fmtNorm(n) })}
                  />
                  <text x={(seg.x1 + seg.x2) / 2} y={seg.y + 6 + width(n) / 2 + 8} textAnchor="middle" className="ulabel ulabel--grad">
                    {fmtNorm(n)}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </g>
  );
}
