/**
 * The whole Unrolled panel minus the store: step-through controls, the unrolled picture with its
 * legend and overview strip, the equations and (LSTM/GRU) the cell's inside beside it, and the
 * tables on request. Pure: fed one `NetSnapshot`, so tests and lessons can render it with a
 * model built by the engine. React owns the DOM (the picture's header comment says the same).
 */
import { useCallback, useState } from 'react';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/index.ts';
import { ColorLegend } from '../shared/ColorLegend.tsx';
import { useMeasuredWidth } from '../shared/useMeasuredWidth.ts';
import { Equations } from '../Equations/Equations.tsx';
import { positionOf } from '../Equations/cursor.ts';
import { fmtNorm } from '../Equations/format.ts';
import { rowsOf, shapeOf } from '../Equations/netMath.ts';
import type { NetSnapshot, RowRef, Term } from '../Equations/types.ts';
import { CellInside } from './CellInside.tsx';
import { layoutOf } from './layout.ts';
import { OverviewStrip } from './OverviewStrip.tsx';
import { Pickers } from './Pickers.tsx';
import { StepControls, StepStatus } from './StepControls.tsx';
import { StepsTable } from './StepsTable.tsx';
import { UnrolledView } from './UnrolledView.tsx';
import { useStepper } from './useStepper.ts';
import { colorBounds } from './viewModel.ts';

type Props = Readonly<{
  net: NetSnapshot;
  /** the home-page / lesson-inline variant: picture and controls, equations below, no tables */
  compact?: boolean;
  /** store-connected controls shown above the picture (tiny model, example) */
  toolbar?: ReactNode;
  /** start position of the step-through (0 = before the first step) */
  initialPosition?: number;
  /** training is running: the numbers change by themselves, so colours change without transitions */
  live?: boolean;
  /** a term to light up while nothing is pointed at (what a lesson step is about) */
  pointAt?: Term | null;
}>;

const FIRST_ROW: RowRef = { layer: 0, direction: 0 };

/** Legend ticks of the gradient scale: ±0.5, ±2e−4. */
const signedNorm = (v: number): string => (v < 0 ? '−' : '') + fmtNorm(Math.abs(v));

/** The figure. */
export function UnrolledFigure({ net, compact = false, toolbar, initialPosition = 0, live = false, pointAt = null }: Props) {
  const { t } = useT();
  const shape = shapeOf(net);
  const { T, H } = shape;
  const stepper = useStepper(T, initialPosition);
  const [folded, setFolded] = useState(false);
  const [pickedRow, setRow] = useState<RowRef>(FIRST_ROW);
  const [pickedUnit, setUnit] = useState(0);
  const [hovered, setHighlight] = useState<Term | null>(null);
  const highlight = hovered ?? pointAt;
  const [tables, setTables] = useState(false);
  const [boxRef, width] = useMeasuredWidth<HTMLDivElement>(720);
  // A new model may have fewer layers or units: fall back instead of pointing at nothing.
  const rows = rowsOf(net);
  const row = rows.find((r) => r.layer === pickedRow.layer && r.direction === pickedRow.direction) ?? FIRST_ROW;
  const unit = Math.min(pickedUnit, H - 1);
  const { cursor } = stepper;
  const { go } = stepper;
  const onPick = useCallback((s: number, r: RowRef | null) => {
    if (r !== null) setRow(r);
    const forwardT = r !== null && r.direction === 1 ? T + 1 - s : s;
    go(positionOf({ phase: cursor.phase === 'backward' ? 'backward' : 'forward', t: forwardT }, T));
  }, [go, cursor.phase, T]);
  const onSeek = useCallback((s: number) => go(positionOf({ phase: cursor.phase === 'backward' ? 'backward' : 'forward', t: s }, T)), [go, cursor.phase, T]);

  const L = layoutOf({ T, layers: shape.layers, D: shape.D, H, outputs: true, width, focus: Math.max(1, cursor.t) });
  const { hMax, gMax } = colorBounds(net);
  const back = cursor.phase === 'backward';
  const model = t('unrolled.model', {
    cell: t(`unrolled.cells.${net.cell}`), H, layers: shape.layers, T, bi: shape.D === 2 ? t('unrolled.bidirectional') : '',
  });
  const status = cursor.phase === 'initial' ? t('unrolled.status.initial') : t(`unrolled.status.${cursor.phase}`, { t: cursor.t, T });
  const rowName = shape.D === 2
    ? t('unrolled.pick.rowNameDir', { layer: row.layer + 1, dir: t(row.direction === 1 ? 'unrolled.pick.reverse' : 'unrolled.pick.forward') })
    : t('unrolled.pick.rowName', { layer: row.layer + 1 });
  return (
    <div className={`unrolled__layout${compact ? ' unrolled__layout--compact' : ''}${live ? ' unrolled--live' : ''}`}>
      <div className="unrolled__main" role="group" aria-label={t('unrolled.figure.title')} onKeyDown={stepper.onKeyDown}>
        {toolbar}
        <StepControls stepper={stepper} T={T} folded={folded} onFold={setFolded} />
        <StepStatus stepper={stepper} T={T} />
        <div className="unrolled__legend">
          <ColorLegend max={back ? gMax : hMax} title={t(back ? 'unrolled.legend.grad' : 'unrolled.legend.h')} format={back ? signedNorm : (v) => String(v)} />
          <ul className="ukey" aria-label={t('unrolled.legend.key')}>
            <li className="ukey__item ukey__item--w">{t('unrolled.legend.w')}</li>
            <li className="ukey__item ukey__item--u">{t('unrolled.legend.u')}</li>
            <li className="ukey__item ukey__item--v">{t('unrolled.legend.v')}</li>
            {back && <li className="ukey__item ukey__item--grad">{t('unrolled.legend.gradArrow')}</li>}
          </ul>
        </div>
        <div ref={boxRef} className="unrolled__canvas">
          {L.windowed && (
            <OverviewStrip net={net} row={row} cursor={cursor} width={Math.max(40, width - L.gutter - 8)} first={L.first} count={L.count} onSeek={onSeek} />
          )}
          <UnrolledView
            net={net}
            cursor={cursor}
            selected={row}
            folded={folded}
            width={width}
            stamp={stepper.position}
            description={t('unrolled.figure.description', { model, status })}
            highlight={highlight}
            onHighlight={setHighlight}
            onPick={onPick}
          />
        </div>
        <Pickers net={net} row={row} unit={unit} onRow={setRow} onUnit={setUnit} />
        {!compact && (
          <button type="button" className="btn btn--small unrolled__tables" aria-pressed={tables} onClick={() => setTables(!tables)}>
            {t('unrolled.controls.tables')}
          </button>
        )}
        {tables && <StepsTable net={net} row={row} cursor={cursor} unit={unit} caption={t('unrolled.table.caption', { row: rowName })} />}
      </div>
      <aside className="unrolled__side" aria-label={t('unrolled.eq.title')}>
        <Equations net={net} row={row} cursor={cursor} unit={unit} highlight={highlight} onHighlight={setHighlight} showTable={tables} hideKey={compact} />
        {!compact && <CellInside net={net} row={row} cursor={cursor} unit={unit} />}
      </aside>
    </div>
  );
}
