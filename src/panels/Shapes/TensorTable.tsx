/**
 * The returned tensors — input for reference, output, h_n, c_n — with their shapes and where
 * each number comes from. React owns the DOM.
 */
import { useId } from 'react';
import { useT } from '../../i18n/index.ts';
import type { RecurrentShapes } from './shapes.ts';
import { shapeText } from './shapes.ts';

type Props = Readonly<{ shapes: RecurrentShapes; stale: boolean }>;

/** An accessible table of the tensors `module(input)` involves. */
export function TensorTable({ shapes, stale }: Props) {
  const { t } = useT();
  const captionId = useId();
  const { args, D } = shapes;
  const H = args.hiddenSize;
  const rows: { name: string; shape: readonly number[]; why: string }[] = [
    {
      name: 'input',
      shape: shapes.input,
      why: t(args.batchFirst ? 'shapes.tensors.inputBatchFirst' : 'shapes.tensors.inputTimeMajor'),
    },
    {
      name: 'output',
      shape: shapes.output,
      why: t(args.batchFirst ? 'shapes.tensors.outputBatchFirst' : 'shapes.tensors.outputTimeMajor', {
        d: D, h: H, dh: D * H,
      }),
    },
    {
      name: 'h_n',
      shape: shapes.hN,
      why: t('shapes.tensors.hN', { l: args.numLayers, d: D, ld: args.numLayers * D }),
    },
  ];
  if (shapes.cN) rows.push({ name: 'c_n', shape: shapes.cN, why: t('shapes.tensors.cN') });

  return (
    // Focusable so keyboard users can scroll a table wider than a phone.
    <div
      className={stale ? 'shapes__table-wrap is-stale' : 'shapes__table-wrap'}
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
    >
      <table className="shapes__table">
        <caption id={captionId}>{t('shapes.tensors.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('shapes.tensors.tensor')}</th>
            <th scope="col">{t('shapes.tensors.shape')}</th>
            <th scope="col">{t('shapes.tensors.why')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <th scope="row">
                <code>{r.name}</code>
              </th>
              <td className="shapes__shape num">{shapeText(r.shape)}</td>
              <td className="shapes__why">{r.why}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('shapes.tensors.legend')}</p>
    </div>
  );
}
