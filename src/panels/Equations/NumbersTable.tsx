/**
 * The live equations' numbers as a table (one row per hidden unit), for screen readers and for
 * anyone who prefers columns to matrices. Same numbers, same precision as the formulas. React owns
 * the DOM.
 */
import { useT } from '../../i18n/index.ts';
import { fmt } from './format.ts';
import { backwardStep, forwardStep, shapeOf } from './netMath.ts';
import { rowStep } from './cursor.ts';
import type { NetSnapshot, RowRef, StepCursor } from './types.ts';

type Column = Readonly<{ head: string; values: ArrayLike<number> }>;

/** The columns for a forward step: per gate W·x, U·h, b, pre-activation, value; then states. */
function forwardColumns(net: NetSnapshot, row: RowRef, s: number): Column[] {
  const f = forwardStep(net, row, s - 1);
  const p = row.direction === 0 ? s - 1 : s + 1;
  const cols: Column[] = [{ head: `h(${p})`, values: f.hPrev }];
  for (const g of f.gates) {
    const pre = g.name === 'h' ? '' : `${g.name}: `;
    cols.push({ head: `${pre}W·x(${s})`, values: g.Wx }, { head: `${pre}U·h(${p})`, values: g.Uh });
    // The GRU candidate multiplies b_hn by r, so its two biases are shown apart, as in its equation.
    if (net.cell === 'gru' && g.name === 'n') cols.push({ head: 'n: b_in', values: g.bih }, { head: 'n: b_hn', values: g.bhh });
    else cols.push({ head: `${pre}b`, values: Float64Array.from(g.bih, (v, i) => v + (g.bhh[i] ?? 0)) });
    cols.push({ head: `${pre}a(${s})`, values: g.pre });
    if (g.name !== 'h') cols.push({ head: `${g.name}(${s})`, values: g.act });
  }
  if (f.cPrev !== null && f.c !== null) cols.push({ head: `c(${p})`, values: f.cPrev }, { head: `c(${s})`, values: f.c });
  cols.push({ head: `h(${s})`, values: f.h });
  return cols;
}

/** The columns for a backward step: dL/dh_t, and for the Elman RNN every term of the recurrence. */
function backwardColumns(net: NetSnapshot, row: RowRef, s: number): Column[] {
  const b = backwardStep(net, row, s - 1);
  const p = row.direction === 0 ? s - 1 : s + 1;
  const cols: Column[] = [{ head: `∂L/∂h(${s})`, values: b.dh }];
  if (b.rnn !== null) {
    cols.push({ head: `f′(a(${s}))`, values: b.rnn.fprime }, { head: `δ(${s})`, values: b.rnn.delta }, { head: `Uᵀδ(${s})`, values: b.rnn.recur });
    if (b.rnn.local !== null) cols.push({ head: 'local', values: b.rnn.local });
  }
  if (b.dhPrev !== null) cols.push({ head: `∂L/∂h(${p})`, values: b.dhPrev });
  return cols;
}

type Props = Readonly<{ net: NetSnapshot; row: RowRef; cursor: StepCursor }>;

/** The table of the current step; nothing before the first step (h₀ = 0 says it all). */
export function NumbersTable({ net, row, cursor }: Props) {
  const { t } = useT();
  if (cursor.phase === 'initial') return null;
  const { T, H } = shapeOf(net);
  const s = rowStep(row, cursor.t, T);
  const cols = cursor.phase === 'forward' ? forwardColumns(net, row, s) : backwardColumns(net, row, s);
  const caption = t(cursor.phase === 'forward' ? 'unrolled.eq.table.forward' : 'unrolled.eq.table.backward', { t: s });
  return (
    <div className="eq-table" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('unrolled.eq.table.unit')}</th>
            {cols.map((c) => (
              <th key={c.head} scope="col">
                {c.head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: H }, (_, j) => (
            <tr key={j}>
              <th scope="row">{j + 1}</th>
              {cols.map((c) => (
                <td key={c.head}>{fmt(c.values[j] ?? NaN)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
