/**
 * The unrolled network — the picture Unroll is named after: the same cell drawn at every time
 * step, inputs below, outputs above, W / U / V arrows in one colour each at every step, hidden
 * states as blocks of cells coloured by value. The step being computed is banded, earlier steps
 * keep their values, later ones are blank; in the backward pass the blocks show dL/dh_t and
 * gradient arrows run back along U. "Roll up" slides every column into one and shows the cell
 * with its self-loop.
 *
 * DOM ownership: React renders every SVG node; d3 only supplies the colour scales (d3-scale,
 * d3-scale-chromatic). Motion is CSS (transitions and keyframes on `--dur-*` tokens). Pure: fed
 * by props, no store access.
 */
import { useId, useMemo, useRef } from 'react';
import type { MouseEvent } from 'react';
import { useT } from '../../i18n/index.ts';
import { useTermLink } from '../Equations/useTermLink.ts';
import { shapeOf } from '../Equations/netMath.ts';
import type { NetSnapshot, RowRef, StepCursor, Term } from '../Equations/types.ts';
import { ArrowMarkers } from './Arrow.tsx';
import { GradientFlow } from './GradientFlow.tsx';
import { columnX, layoutOf } from './layout.ts';
import { FoldedLoops, Pulses } from './Motion.tsx';
import { StepColumn } from './StepColumn.tsx';
import { rowKey, sameRow, viewCtx } from './viewModel.ts';
import type { ViewCtx } from './viewModel.ts';

type Props = Readonly<{
  net: NetSnapshot;
  cursor: StepCursor;
  /** the row whose equations are shown (its arrows carry the equation terms) */
  selected: RowRef;
  folded: boolean;
  /** available width, px */
  width: number;
  /** changes with every cursor move, to restart the travelling dots */
  stamp: number;
  /** a sentence describing the picture for screen readers */
  description: string;
  highlight?: Term | null;
  onHighlight?: (term: Term | null) => void;
  /** a block or node was clicked: its step, and its row when it is a hidden block */
  onPick?: (step: number, row: RowRef | null) => void;
}>;

const SUPERSCRIPTS = ['¹', '²', '³', '⁴'];

/** The row labels in the left gutter. */
function Gutter({ ctx }: Readonly<{ ctx: ViewCtx }>) {
  const { L } = ctx;
  return (
    <g className="ugutter">
      <text x={4} y={L.xNode.y + L.xNode.h / 2} dy="0.35em" className="urowlabel">
        x
      </text>
      {L.yNode && (
        <text x={4} y={L.yNode.y + L.yNode.h / 2} dy="0.35em" className="urowlabel">
          y
        </text>
      )}
      {L.rows.map((g) => (
        <text
          key={rowKey(g.row)}
          x={4}
          y={g.y + L.block.h / 2}
          dy="0.35em"
          className={`urowlabel${sameRow(g.row, ctx.selected) ? ' urowlabel--selected' : ''}`}
        >
          h{ctx.layers > 1 ? SUPERSCRIPTS[g.row.layer] ?? '' : ''}
          {ctx.D === 2 ? (g.row.direction === 1 ? '←' : '→') : ''}
        </text>
      ))}
      <text x={4} y={L.timeY} className="urowlabel urowlabel--t">
        t
      </text>
    </g>
  );
}

/** The picture. */
export function UnrolledView({ net, cursor, selected, folded, width, stamp, description, highlight = null, onHighlight, onPick }: Props) {
  const { t } = useT();
  const prefix = `ua${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const ref = useRef<SVGSVGElement>(null);
  useTermLink(ref, highlight, onHighlight);
  const { T, layers, D, H } = shapeOf(net);
  const focus = Math.max(1, cursor.t);
  const L = useMemo(() => layoutOf({ T, layers, D, H, outputs: true, width, focus }), [T, layers, D, H, width, focus]);
  const ctx = viewCtx(net, L, cursor, selected, folded, prefix);
  const steps = Array.from({ length: L.count }, (_, i) => L.first + i);
  const bandX = folded ? L.foldX : columnX(L, focus);
  const click = (e: MouseEvent<SVGSVGElement>): void => {
    const hit = (e.target as Element).closest('[data-step]');
    if (hit === null || onPick === undefined) return;
    const s = Number(hit.getAttribute('data-step'));
    const r = hit.getAttribute('data-row');
    const [layer, direction] = r === null ? [NaN, NaN] : r.split('-').map(Number);
    onPick(s, layer !== undefined && direction !== undefined && Number.isFinite(layer) ? { layer, direction } : null);
  };
  return (
    <svg
      ref={ref}
      className={`unrolled-svg unrolled-svg--${cursor.phase}${folded ? ' unrolled-svg--folded' : ''}`}
      width={L.width}
      height={L.height}
      viewBox={`0 0 ${L.width} ${L.height}`}
      role="img"
      aria-label={description}
      aria-keyshortcuts="ArrowLeft ArrowRight Space"
      tabIndex={0}
      onClick={click}
    >
      <title>{t('unrolled.figure.title')}</title>
      <ArrowMarkers prefix={prefix} />
      {cursor.phase !== 'initial' && (
        <rect
          className={`uband uband--${cursor.phase}`}
          x={0}
          y={2}
          width={L.colW}
          height={L.timeY + 4}
          rx={10}
          style={{ transform: `translate(${bandX - L.colW / 2}px, 0px)` }}
        />
      )}
      <Gutter ctx={ctx} />
      {steps.map((s) => (
        <StepColumn key={s} ctx={ctx} s={s} />
      ))}
      <GradientFlow ctx={ctx} steps={steps} />
      <FoldedLoops ctx={ctx} />
      <Pulses ctx={ctx} stamp={stamp} />
    </svg>
  );
}
