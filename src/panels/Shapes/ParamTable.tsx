/**
 * Every learned tensor in `named_parameters()` order, grouped by layer and direction, with the
 * formula behind each shape and the total count. React owns the DOM.
 */
import { useId } from 'react';
import { formatNumber, useT } from '../../i18n/index.ts';
import type { ParamShape, RecurrentShapes } from './shapes.ts';
import { shapeText } from './shapes.ts';

type Props = Readonly<{ shapes: RecurrentShapes; stale: boolean }>;

/** The symbolic shape of a parameter with its numbers: "G·H × input_size = 4·64 × 1". */
function formula(p: ParamShape, s: RecurrentShapes): string {
  const { G, D } = s;
  const H = s.args.hiddenSize;
  const rows = G > 1 ? `${G}·${H}` : `${H}`;
  const rowSym = G > 1 ? 'G·H' : 'H';
  if (p.role === 'bias_ih' || p.role === 'bias_hh') return `${rowSym} = ${rows}`;
  if (p.role === 'weight_hh') return `${rowSym} × H = ${rows} × ${H}`;
  return p.layer === 0
    ? `${rowSym} × input_size = ${rows} × ${s.args.inputSize}`
    : `${rowSym} × D·H = ${rows} × ${D}·${H}`;
}

/** Groups consecutive parameters of the same cell (layer, direction). */
function cells(params: readonly ParamShape[]): ParamShape[][] {
  const groups: ParamShape[][] = [];
  for (const p of params) {
    const last = groups[groups.length - 1];
    const head = last?.[0];
    if (last && head && head.layer === p.layer && head.reverse === p.reverse) last.push(p);
    else groups.push([p]);
  }
  return groups;
}

/** An accessible table of the parameters with a total row. */
export function ParamTable({ shapes, stale }: Props) {
  const { t } = useT();
  const captionId = useId();
  const gates = t(`shapes.params.gates.${shapes.args.kind}`);
  return (
    // Focusable so keyboard users can scroll a table wider than a phone.
    <div
      className={stale ? 'shapes__table-wrap is-stale' : 'shapes__table-wrap'}
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
    >
      <table className="shapes__table shapes__table--params">
        <caption id={captionId}>
          {t('shapes.params.caption')}
          <span className="shapes__summary">
            {t('shapes.params.summary', {
              total: formatNumber(shapes.paramCount),
              tensors: shapes.params.length,
            })}
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('shapes.params.name')}</th>
            <th scope="col">{t('shapes.params.shape')}</th>
            <th scope="col" className="shapes__count">{t('shapes.params.count')}</th>
            <th scope="col">{t('shapes.params.why')}</th>
          </tr>
        </thead>
        {cells(shapes.params).map((group) => {
          const head = group[0];
          if (!head) return null;
          const title = t(head.reverse ? 'shapes.params.layerReverse' : 'shapes.params.layer', { n: head.layer });
          return (
            <tbody key={`${head.layer}-${head.reverse ? 'r' : 'f'}`}>
              <tr className="shapes__group">
                <th scope="rowgroup" colSpan={4}>
                  {title}
                  {head.layer > 0 && <span className="muted"> · {t('shapes.params.inputWide', { n: head.layer })}</span>}
                </th>
              </tr>
              {group.map((p) => (
                <tr key={p.name}>
                  <th scope="row">
                    <code>{p.name}</code>
                  </th>
                  <td className="shapes__shape num">{shapeText(p.shape)}</td>
                  <td className="shapes__count num">{formatNumber(p.numel)}</td>
                  <td className="shapes__why">
                    <span className="shapes__formula">{formula(p, shapes)}</span>{' '}
                    <span className="muted">
                      · {t(`shapes.params.role.${p.role}`)}
                      {shapes.G > 1 && p.role === 'weight_ih' ? ` · ${gates}` : ''}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          );
        })}
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('shapes.params.total')}
            </th>
            <td className="shapes__count num">{formatNumber(shapes.paramCount)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
