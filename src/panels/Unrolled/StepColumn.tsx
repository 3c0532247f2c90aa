/**
 * Everything drawn at one time step: the input x_t, the hidden block of every row with its input
 * arrow (W) and the recurrent arrow from the previous step (U), the bus that joins the two
 * directions of a bidirectional layer, and the head (V, y_t). The column slides to the fold
 * position and fades out when the picture rolls up (CSS transitions, durations from the motion
 * tokens). React owns these SVG nodes.
 */
import { useT } from '../../i18n/index.ts';
import { prevStep } from '../Equations/netMath.ts';
import { hasOutput } from '../Equations/netMath.ts';
import { Arrow } from './Arrow.tsx';
import { HiddenBlock } from './HiddenBlock.tsx';
import { columnX } from './layout.ts';
import type { RowGeom } from './layout.ts';
import { blockValues, blockX, inputArrowX, inputSourceY, inputText, outputSourceY, outputText, rowKey, sameRow, stateOf } from './viewModel.ts';
import type { ViewCtx } from './viewModel.ts';
import type { Term } from '../Equations/types.ts';

const sup = (ctx: ViewCtx, layer: number): string => (ctx.layers > 1 ? String.fromCodePoint([0x00b9, 0x00b2, 0x00b3, 0x2074][layer] ?? 0x207a) : '');
const arrowMark = (ctx: ViewCtx, dir: number): string => (ctx.D === 2 ? (dir === 1 ? '←' : '→') : '');

/** The term a block stands for in the equations at this cursor, if any. */
function blockTerm(ctx: ViewCtx, g: RowGeom, s: number): Term | undefined {
  const { cursor, selected, T } = ctx;
  if (cursor.phase === 'initial') return undefined;
  const here = g.row.direction === 0 ? cursor.t : T + 1 - cursor.t;
  const back = cursor.phase === 'backward';
  if (sameRow(g.row, selected)) {
    if (s === here) return back ? 'grad' : 'h';
    const p = prevStep(g.row, here - 1, T);
    if (p !== null && s === p + 1) return back ? 'gradprev' : 'hprev';
  } else if (!back && g.row.layer === selected.layer - 1 && s === (selected.direction === 0 ? cursor.t : T + 1 - cursor.t)) {
    return 'x';
  }
  return undefined;
}

function RowAtStep({ ctx, g, s }: Readonly<{ ctx: ViewCtx; g: RowGeom; s: number }>) {
  const { t } = useT();
  const { L, T, prefix } = ctx;
  const { block } = L;
  const row = g.row;
  const state = stateOf(ctx, row, s);
  const { values, grad } = blockValues(ctx, row, s);
  const back = ctx.cursor.phase === 'backward';
  const look = back ? (grad ? 'value' : 'faded') : state === 'future' ? 'blank' : 'value';
  const x = blockX(ctx, g, s);
  const mid = g.y + block.h / 2;
  const dim = state === 'future' && !back ? ' is-future' : back ? ' is-quiet' : '';
  const selected = sameRow(row, ctx.selected);
  const ax = inputArrowX(ctx, g, s);
  // Arrow labels carry the layer (W¹, W²: different matrices); the direction is in the gutter.
  const label = sup(ctx, row.layer);
  const rowName = `h${label}${arrowMark(ctx, row.direction)}`;
  // The recurrent arrow comes from the previous step: the left for a forward row, the right for a reverse one.
  const p = prevStep(row, s - 1, T);
  const side = row.direction === 0 ? -1 : 1;
  const to = x + side * (block.w / 2 + 2);
  const from = p === null ? x + side * (L.colW / 2 - 3) : blockX(ctx, g, p + 1) - side * (block.w / 2 + 2);
  const clipped = Math.max(L.gutter, Math.min(L.width, from));
  return (
    <g className={`urow${selected ? ' urow--selected' : ''}`}>
      <Arrow kind="w" prefix={prefix} x1={ax} y1={inputSourceY(ctx, row.layer)} x2={ax} y2={g.y + block.h + 2} className={dim} term={selected ? 'W' : undefined} />
      {ctx.labels && row.direction === 0 && (
        <text x={ax + 4} y={g.y + block.h + 16} className="ulabel ulabel--w">
          W{label}
        </text>
      )}
      <Arrow kind="u" prefix={prefix} x1={clipped} y1={mid} x2={to} y2={mid} className={dim} term={selected ? 'U' : undefined} />
      {p === null && <circle cx={clipped} cy={mid} r={3} className="uzero"><title>{t('unrolled.figure.zeroState')}</title></circle>}
      {ctx.labels && Math.abs(to - clipped) > 14 && (
        <text x={(to + clipped) / 2} y={mid - 5} textAnchor="middle" className="ulabel ulabel--u">
          U{label}
        </text>
      )}
      <HiddenBlock
        x={x}
        y={g.y}
        geom={block}
        values={values}
        color={grad ? ctx.colorG : ctx.colorH}
        maxAbs={grad ? ctx.gMax : ctx.hMax}
        look={look}
        current={state === 'current'}
        term={blockTerm(ctx, g, s)}
        step={s}
        rowKey={rowKey(row)}
        title={t(grad ? 'unrolled.figure.gradTitle' : 'unrolled.figure.blockTitle', { row: rowName, t: s })}
      />
    </g>
  );
}

/** The bus of a bidirectional layer: both blocks' outputs joined into [h→; h←]. */
function Bus({ ctx, layer, s }: Readonly<{ ctx: ViewCtx; layer: number; s: number }>) {
  const { L } = ctx;
  const fwd = L.rows.find((r) => r.row.layer === layer && r.row.direction === 0);
  const rev = L.rows.find((r) => r.row.layer === layer && r.row.direction === 1);
  if (!fwd || !rev) return null;
  const y = L.busY[layer] ?? 0;
  const xf = blockX(ctx, fwd, s) - L.block.w / 2 + 4;
  const xr = blockX(ctx, rev, s);
  const xEnd = inputArrowX(ctx, rev, s);
  return (
    <g className="ubus">
      <Arrow kind="bus" prefix={ctx.prefix} x1={xf} y1={fwd.y} x2={xf} y2={y} />
      <Arrow kind="bus" prefix={ctx.prefix} x1={xr} y1={rev.y} x2={xr} y2={y} />
      <Arrow kind="bus" prefix={ctx.prefix} x1={xf} y1={y} x2={xEnd} y2={y} />
    </g>
  );
}

/** One time step. */
export function StepColumn({ ctx, s }: Readonly<{ ctx: ViewCtx; s: number }>) {
  const { t } = useT();
  const { L, net, folded } = ctx;
  const cx = columnX(L, s);
  const shift = folded ? L.foldX - cx : 0;
  const hidden = folded && s !== ctx.foldStep;
  const here = ctx.cursor.phase !== 'initial' && s === ctx.cursor.t;
  const top = ctx.layers - 1;
  const topRows = L.rows.filter((r) => r.row.layer === top);
  const yReady = ctx.cursor.phase === 'backward' || topRows.every((r) => stateOf(ctx, r.row, s) !== 'future');
  const xText = inputText(net, s);
  const xTerm: Term | undefined = here && ctx.selected.layer === 0 && ctx.cursor.phase !== 'backward' ? 'x' : undefined;
  const out = hasOutput(net, s - 1) && L.yNode !== null;
  return (
    <g className={`ucol${hidden ? ' ucol--hidden' : ''}`} style={{ transform: `translate(${shift}px, 0px)`, opacity: hidden ? 0 : 1 }} aria-hidden={hidden || undefined}>
      <g className="unode unode--x" data-step={s} data-term={xTerm}>
        <rect x={cx - L.xNode.w / 2} y={L.xNode.y} width={L.xNode.w} height={L.xNode.h} rx={6} />
        <text x={cx} y={L.xNode.y + L.xNode.h / 2} dy="0.35em" textAnchor="middle" className="unode__text">
          {xText ?? `x${s}`}
        </text>
        <title>{t('unrolled.figure.xTitle', { t: s, value: xText ?? '…' })}</title>
      </g>
      {L.rows.map((g) => (
        <RowAtStep key={rowKey(g.row)} ctx={ctx} g={g} s={s} />
      ))}
      {ctx.D === 2 && Array.from({ length: ctx.layers }, (_, l) => <Bus key={l} ctx={ctx} layer={l} s={s} />)}
      {out && L.yNode && (
        <>
          <Arrow kind="v" prefix={ctx.prefix} x1={cx} y1={outputSourceY(ctx, top)} x2={cx} y2={L.yNode.y + L.yNode.h + 2} className={yReady ? '' : ' is-future'} term="V" />
          {ctx.labels && (
            <text x={cx + 4} y={L.yNode.y + L.yNode.h + 16} className="ulabel ulabel--v">
              V
            </text>
          )}
          <g className={`unode unode--y${yReady ? '' : ' is-future'}`} data-step={s} data-term={here && yReady ? 'y' : undefined}>
            <rect x={cx - L.yNode.w / 2} y={L.yNode.y} width={L.yNode.w} height={L.yNode.h} rx={6} />
            <text x={cx} y={L.yNode.y + L.yNode.h / 2} dy="0.35em" textAnchor="middle" className="unode__text">
              {yReady ? outputText(net, s) : '?'}
            </text>
            <title>{t('unrolled.figure.yTitle', { t: s })}</title>
          </g>
        </>
      )}
      <text x={cx} y={L.timeY} textAnchor="middle" className={`utime${here ? ' utime--current' : ''}`}>
        {folded ? 't' : s}
      </text>
    </g>
  );
}
