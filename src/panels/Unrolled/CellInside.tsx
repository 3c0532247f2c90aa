/**
 * Inside an LSTM or GRU cell at the selected step, one hidden unit at a time: the gates as bars
 * (0…1; the candidates g and n as −1…1), the "conveyor belt" that carries the cell state c (LSTM)
 * or h (GRU) from left to right, and what each gate let through — kept, written, read out.
 * React owns the SVG; it scales with its container (fixed viewBox).
 */
import { useT } from '../../i18n/index.ts';
import { fmt } from '../Equations/format.ts';
import { forwardStep, shapeOf } from '../Equations/netMath.ts';
import { rowStep } from '../Equations/cursor.ts';
import type { NetSnapshot, RowRef, StepCursor, Term } from '../Equations/types.ts';

const BAR_H = 44;
const BAR_Y = 62;
const BELT_Y = 32;
const two = (v: number): string => v.toFixed(2).replace('-', '−');

/** A gate as a bar: filled from the bottom (0…1) or from the middle (signed, −1…1). */
function Bar({ x, value, signed, name, term }: Readonly<{ x: number; value: number; signed: boolean; name: string; term: Term }>) {
  const v = Math.max(signed ? -1 : 0, Math.min(1, value));
  const fillH = signed ? (Math.abs(v) * BAR_H) / 2 : v * BAR_H;
  const fillY = signed ? (v >= 0 ? BAR_Y + BAR_H / 2 - fillH : BAR_Y + BAR_H / 2) : BAR_Y + BAR_H - fillH;
  return (
    <g className="ugate" data-term={term}>
      <rect x={x - 8} y={BAR_Y} width={16} height={BAR_H} rx={3} className="ugate__track" />
      <rect x={x - 8} y={fillY} width={16} height={fillH} rx={2} className={`ugate__fill${signed && v < 0 ? ' ugate__fill--neg' : ''}`} />
      {signed && <line x1={x - 10} x2={x + 10} y1={BAR_Y + BAR_H / 2} y2={BAR_Y + BAR_H / 2} className="ugate__zero" />}
      <text x={x} y={BAR_Y + BAR_H + 14} textAnchor="middle" className="ugate__label">
        {name}
      </text>
      <text x={x} y={BAR_Y + BAR_H + 27} textAnchor="middle" className="ugate__value">
        {two(value)}
      </text>
    </g>
  );
}

/** A ⊙ or + junction on the belt. */
const Node = ({ x, sym }: Readonly<{ x: number; sym: string }>) => (
  <g className="ujunction">
    <circle cx={x} cy={BELT_Y} r={9} />
    <text x={x} y={BELT_Y} dy="0.35em" textAnchor="middle">
      {sym}
    </text>
  </g>
);

type UnitProps = Readonly<{ net: NetSnapshot; row: RowRef; s: number; j: number }>;

/** One unit's cell. */
function UnitCell({ net, row, s, j }: UnitProps) {
  const { t } = useT();
  const f = forwardStep(net, row, s - 1);
  const g = (name: string): number => f.gates.find((x) => x.name === name)?.act[j] ?? 0;
  const lstm = net.cell === 'lstm';
  const beltIn = lstm ? (f.cPrev?.[j] ?? 0) : (f.hPrev[j] ?? 0);
  const beltOut = lstm ? (f.c?.[j] ?? 0) : (f.h[j] ?? 0);
  const keep = lstm ? g('f') : g('z');
  const kept = keep * beltIn;
  const written = lstm ? g('i') * g('g') : (1 - g('z')) * g('n');
  const label = lstm ? ['cₜ₋₁', 'cₜ'] : ['hₜ₋₁', 'hₜ'];
  const mid = BAR_Y + BAR_H / 2;
  return (
    <svg viewBox="0 0 360 150" className="ucellview__unit" role="img" aria-label={t(lstm ? 'unrolled.cell.lstmLabel' : 'unrolled.cell.gruLabel', {
      j: j + 1, t: s, kept: fmt(kept), written: fmt(written), out: fmt(f.h[j] ?? 0),
    })}>
      <line x1={10} x2={350} y1={BELT_Y} y2={BELT_Y} className="ubelt" data-term={lstm ? 'cell' : 'h'} />
      <text x={10} y={BELT_Y - 12} className="ucellview__text" data-term={lstm ? 'cprev' : 'hprev'}>
        {label[0]} {two(beltIn)}
      </text>
      <Node x={100} sym="×" />
      <line x1={100} x2={100} y1={BELT_Y + 9} y2={BAR_Y} className="uconnector" />
      <Bar x={100} value={keep} signed={false} name={lstm ? 'f' : 'z'} term={lstm ? 'f' : 'z'} />
      <text x={142} y={BELT_Y - 12} textAnchor="middle" className="ucellview__flow">
        {t('unrolled.cell.kept')} {two(kept)}
      </text>
      <Node x={185} sym="+" />
      <line x1={185} x2={185} y1={BELT_Y + 9} y2={BAR_Y - 6} className="uconnector" />
      <line x1={170} x2={200} y1={BAR_Y - 6} y2={BAR_Y - 6} className="uconnector" />
      <Bar x={170} value={lstm ? g('i') : g('r')} signed={false} name={lstm ? 'i' : 'r'} term={lstm ? 'i' : 'r'} />
      <Bar x={200} value={lstm ? g('g') : g('n')} signed name={lstm ? 'g' : 'n'} term={lstm ? 'g' : 'n'} />
      <text x={228} y={BELT_Y - 12} textAnchor="middle" className="ucellview__flow">
        {t(lstm ? 'unrolled.cell.written' : 'unrolled.cell.fresh')} {two(written)}
      </text>
      <text x={352} y={BELT_Y - 12} textAnchor="end" className="ucellview__text" data-term={lstm ? 'cell' : 'h'}>
        {label[1]} {two(beltOut)}
      </text>
      {lstm && (
        <>
          <line x1={250} x2={250} y1={BELT_Y} y2={mid} className="uconnector" />
          <text x={244} y={mid - 6} textAnchor="end" className="ucellview__small">tanh</text>
          <line x1={250} x2={272} y1={mid} y2={mid} className="uconnector" />
          <Bar x={280} value={g('o')} signed={false} name="o" term="o" />
          <text x={296} y={mid - 10} className="ucellview__flow">
            {t('unrolled.cell.readOut')}
          </text>
          <text x={296} y={mid + 6} className="ucellview__text" data-term="h">
            hₜ {two(f.h[j] ?? 0)}
          </text>
        </>
      )}
    </svg>
  );
}

type Props = Readonly<{ net: NetSnapshot; row: RowRef; cursor: StepCursor; unit: number }>;

/** The cell view; nothing for the Elman RNN (no gates) or before the first step. */
export function CellInside({ net, row, cursor, unit }: Props) {
  const { t } = useT();
  if ((net.cell !== 'lstm' && net.cell !== 'gru') || cursor.phase === 'initial') return null;
  const { T, H } = shapeOf(net);
  const s = rowStep(row, cursor.t, T);
  const units = H <= 4 ? Array.from({ length: H }, (_, j) => j) : [Math.min(unit, H - 1)];
  return (
    <section className="ucellview" aria-labelledby="ucellview-title">
      <h3 id="ucellview-title" className="equations__title">
        {t('unrolled.cell.title', { cell: net.cell === 'lstm' ? 'LSTM' : 'GRU', t: s })}
      </h3>
      <div className="ucellview__grid">
        {units.map((j) => (
          <figure key={j} className="ucellview__figure">
            <figcaption>{t('unrolled.cell.unit', { j: j + 1, H })}</figcaption>
            <UnitCell net={net} row={row} s={s} j={j} />
          </figure>
        ))}
      </div>
    </section>
  );
}
