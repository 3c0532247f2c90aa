/**
 * One hidden state h_t (or its gradient dL/dh_t) as a block of small cells coloured by value on
 * the diverging scale, with the numbers printed inside when the cells are big enough (the tiny
 * model on a projector). React owns these SVG nodes; fills change with a CSS transition so a step
 * "fills in" instead of flashing.
 */
import { memo } from 'react';
import { needsLightText } from '../shared/diverging.ts';
import type { Term } from '../Equations/types.ts';
import type { BlockGeom } from './layout.ts';

/** Cells at least this wide print their value. */
const NUMBER_MIN_CELL = 28;
/** Most units drawn per block; wider states show their first units (a 256-cell block is a texture). */
export const DRAW_MAX_UNITS = 64;

/** How a block is drawn: with its values, faded (not the subject of this phase), or blank (not computed yet). */
export type BlockLook = 'value' | 'faded' | 'blank';

type Props = Readonly<{
  /** centre x and top y */
  x: number;
  y: number;
  geom: BlockGeom;
  values: Float64Array;
  color: (v: number) => string;
  maxAbs: number;
  look: BlockLook;
  current: boolean;
  term?: Term | undefined;
  /** step and row, as data attributes for the click handler of the picture */
  step: number;
  rowKey: string;
  title: string;
}>;

/** Two decimals inside a cell; the tables and equations carry the full precision. */
const short = (v: number): string => v.toFixed(2).replace(/^-0\.00$/, '0.00').replace('-', '−');

function Block({ x, y, geom, values, color, maxAbs, look, current, term, step, rowKey, title }: Props) {
  const { cell, perRow, w, h } = geom;
  const gap = cell >= 6 ? 1 : 0;
  const n = Math.min(values.length, DRAW_MAX_UNITS, perRow * geom.rows);
  const numbers = look !== 'blank' && cell >= NUMBER_MIN_CELL;
  const fs = Math.min(12, cell * 0.3);
  return (
    <g
      className={`ublock ublock--${look}${current ? ' ublock--current' : ''}`}
      transform={`translate(${x - w / 2},${y})`}
      data-step={step}
      data-row={rowKey}
    >
      <title>{title}</title>
      {Array.from({ length: n }, (_, j) => {
        const v = values[j] ?? 0;
        const cx = (j % perRow) * cell;
        const cy = Math.floor(j / perRow) * cell;
        return (
          <g key={j}>
            <rect
              x={cx + gap / 2}
              y={cy + gap / 2}
              width={cell - gap}
              height={cell - gap}
              className="ucell"
              style={{ fill: look === 'blank' ? undefined : color(v) }}
            />
            {numbers && (
              <text
                x={cx + cell / 2}
                y={cy + cell / 2}
                dy="0.35em"
                textAnchor="middle"
                className={`ucell__num${needsLightText(v, maxAbs) ? ' ucell__num--light' : ''}`}
                style={{ fontSize: `${fs}px` }}
              >
                {short(v)}
              </text>
            )}
          </g>
        );
      })}
      <rect x={-1.5} y={-1.5} width={w + 3} height={h + 3} rx={3} className="ublock__frame" data-term={term} />
    </g>
  );
}

/** Memoised: while training, only blocks whose numbers changed re-render. */
export const HiddenBlock = memo(Block);
