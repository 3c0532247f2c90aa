/**
 * For tasks without a series to plot (words, sentiment, …): the first samples as a table — what
 * goes in, the target and the model's answer — so every task shows its predictions.
 */
import { useT } from '../../i18n/index.ts';
import { useAppStore } from '../../state/index.ts';
import type { DatasetInfo, Evaluation } from '../../worker/protocol.ts';
import { formatCount, formatLoss } from './format.ts';

const ROWS = 8;

/** The answer for sample i (its last time step): a label with its probability, or a value. */
function answer(d: DatasetInfo, ev: Evaluation | null, i: number): { text: string; p: number | null } {
  if (ev === null) return { text: '—', p: null };
  const [, a = 1, b] = ev.outputShape;
  const width = b ?? a;
  const rows = b === undefined ? 1 : a;
  const o = (i * rows + rows - 1) * width;
  if (d.targetKind === 'regression') return { text: formatLoss(ev.outputs[o] ?? NaN), p: null };
  let best = 0;
  for (let k = 1; k < width; k++) if ((ev.outputs[o + k] ?? 0) > (ev.outputs[o + best] ?? 0)) best = k;
  return { text: d.classLabels?.[best] ?? String(best), p: ev.outputs[o + best] ?? null };
}

/** The target of sample i's last time step as text. */
function target(d: DatasetInfo, i: number): string {
  const per = d.arrangement === 'many-to-one' ? 1 : d.T;
  const v = d.targets[(i + 1) * per * (d.targetKind === 'regression' ? d.outSize : 1) - 1] ?? NaN;
  return d.targetKind === 'regression' ? formatLoss(v) : (d.classLabels?.[v] ?? String(v));
}

/** The sample table of the current run. */
export function SampleTable() {
  const { t } = useT();
  const d = useAppStore((s) => s.snapshot.dataset);
  const ev = useAppStore((s) => s.snapshot.eval);
  if (d === null) return null;
  const n = Math.min(ROWS, d.n);
  return (
    <figure className="chart chart--table">
      <table className="samples">
        <caption>{t('training.prediction.tableCaption', { step: formatCount(ev?.step ?? 0) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('training.prediction.sample')}</th>
            <th scope="col">{t('training.prediction.target')}</th>
            <th scope="col">{t('training.prediction.answer')}</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: n }, (_, i) => {
            const a = answer(d, ev, i);
            return (
              <tr key={i}>
                <td>{d.sampleText?.[i] ?? `#${i + 1}`}</td>
                <td>{target(d, i)}</td>
                <td>
                  {a.text}
                  {a.p !== null && <span className="muted small"> ({t('training.prediction.confidence', { p: `${Math.round(a.p * 100)}%` })})</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
