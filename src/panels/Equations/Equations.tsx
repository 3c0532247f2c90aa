/**
 * The equations of the step being shown, in KaTeX: the symbolic recurrence of the cell (RNN,
 * LSTM or GRU), then the same equations with this example's numbers at the current step, the
 * backward recurrence during the backward pass, and the symbol ↔ PyTorch name key. Pure: fed by
 * props (the Unrolled panel, a lesson or a test), no store access.
 *
 * React owns the DOM; KaTeX owns the markup inside each formula. Formula pieces carry
 * `data-term` tags, so pointing at W lights up every W arrow in the unrolled picture and the
 * other way round (`highlight` / `onHighlight`).
 */
import { useMemo, useRef } from 'react';
import { useT } from '../../i18n/index.ts';
import { Tex } from '../shared/Tex.tsx';
import { equationSet } from './equationSet.ts';
import { NumbersTable } from './NumbersTable.tsx';
import { SymbolKey } from './SymbolKey.tsx';
import { shapeOf } from './netMath.ts';
import { useTermLink } from './useTermLink.ts';
import type { NetSnapshot, RowRef, StepCursor, Term } from './types.ts';
import './Equations.css';

type Props = Readonly<{
  net: NetSnapshot;
  /** the layer and direction whose equations are shown */
  row: RowRef;
  cursor: StepCursor;
  /** 0-based hidden unit whose row is printed when H > 4 */
  unit?: number;
  highlight?: Term | null;
  onHighlight?: (term: Term | null) => void;
  /** also print the numbers as a table */
  showTable?: boolean;
  /** hide the symbol key (a lesson that has already introduced it) */
  hideKey?: boolean;
}>;

/** The equations panel. */
export function Equations({ net, row, cursor, unit = 0, highlight = null, onHighlight, showTable = false, hideKey = false }: Props) {
  const { t } = useT();
  const ref = useRef<HTMLDivElement>(null);
  useTermLink(ref, highlight, onHighlight);
  const set = useMemo(() => equationSet(net, row, cursor, unit), [net, row, cursor, unit]);
  const { H } = shapeOf(net);
  const liveTitle =
    cursor.phase === 'initial'
      ? t('unrolled.eq.liveInitial')
      : t(cursor.phase === 'forward' ? 'unrolled.eq.liveForward' : 'unrolled.eq.liveBackward', { t: set.step });
  const noteParams = { j: set.mode.kind === 'unit' ? set.mode.j + 1 : 1, H };
  return (
    <div className="equations" ref={ref}>
      <h3 className="equations__title">{t('unrolled.eq.symbolic')}</h3>
      <div className="equations__group">
        {set.symbolic.map((e) => (
          <Tex key={e.id} tex={e.tex} display className="eq" />
        ))}
      </div>
      <h3 className="equations__title" aria-live="polite">
        {liveTitle}
      </h3>
      <div className="equations__group equations__group--live" data-testid="live-equations">
        {set.live.map((e) => (
          <Tex key={e.id} tex={e.tex} display className="eq" />
        ))}
      </div>
      {set.notes.length > 0 && (
        <ul className="equations__notes">
          {set.notes.map((k) => (
            <li key={k}>{t(`unrolled.eq.note.${k}`, noteParams)}</li>
          ))}
        </ul>
      )}
      {showTable && <NumbersTable net={net} row={row} cursor={cursor} />}
      {!hideKey && <SymbolKey net={net} row={row} />}
    </div>
  );
}
