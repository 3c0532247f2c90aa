/**
 * The unrolled picture as a table: one row per time step with the input, the selected row's hidden
 * state (every unit for small models, else the chosen unit and the norm), the output and
 * ‖dL/dh_t‖. The step under the cursor is marked `aria-current="step"`. React owns the DOM.
 */
import { useT } from '../../i18n/index.ts';
import { fmt, fmtNorm } from '../Equations/format.ts';
import { FULL_MAX_HIDDEN } from '../Equations/forwardTex.ts';
import { cellAt, rowOf, shapeOf } from '../Equations/netMath.ts';
import { rowStep } from '../Equations/cursor.ts';
import type { NetSnapshot, RowRef, StepCursor } from '../Equations/types.ts';
import { inputText, outputText } from './viewModel.ts';
import { hasOutput } from '../Equations/netMath.ts';

type Props = Readonly<{ net: NetSnapshot; row: RowRef; cursor: StepCursor; unit: number; caption: string }>;

/** The table. */
export function StepsTable({ net, row, cursor, unit, caption }: Props) {
  const { t } = useT();
  const { T, H, inputSize } = shapeOf(net);
  const cell = cellAt(net, row);
  const all = H <= FULL_MAX_HIDDEN;
  const current = cursor.phase === 'initial' ? 0 : rowStep(row, cursor.t, T);
  const units = all ? Array.from({ length: H }, (_, j) => j) : [unit];
  return (
    <div className="eq-table" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">t</th>
            <th scope="col">x</th>
            {units.map((j) => (
              <th key={j} scope="col">{`h[${j + 1}]`}</th>
            ))}
            {!all && <th scope="col">‖h‖</th>}
            <th scope="col">y</th>
            <th scope="col">‖∂L/∂h‖</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: T }, (_, i) => {
            const s = i + 1;
            const h = rowOf(cell.h, i, H);
            const x = inputText(net, s) ?? Array.from(rowOf(net.trace.x, i, inputSize).subarray(0, 4), fmt).join(', ');
            return (
              <tr key={s} aria-current={s === current ? 'step' : undefined}>
                <th scope="row">{s}</th>
                <td>{x}</td>
                {units.map((j) => (
                  <td key={j}>{fmt(h[j] ?? NaN)}</td>
                ))}
                {!all && <td>{fmt(Math.hypot(...h))}</td>}
                <td>{hasOutput(net, i) ? outputText(net, s) : t('unrolled.table.none')}</td>
                <td>{fmtNorm(cell.dLdhNorm[i] ?? NaN)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
