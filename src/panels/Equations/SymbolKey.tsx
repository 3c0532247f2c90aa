/**
 * Which PyTorch parameter each symbol of the equations is, with its shape — the bridge between
 * the lecture's W, U, b, V, c and `model.state_dict()`. React owns the DOM.
 */
import { useT } from '../../i18n/index.ts';
import { Tex } from '../shared/Tex.tsx';
import { shapeOf, paramName } from './netMath.ts';
import { namingOf } from './naming.ts';
import type { NetSnapshot, RowRef } from './types.ts';

type Props = Readonly<{ net: NetSnapshot; row: RowRef }>;

/** The symbol ↔ PyTorch name table of one row and the head. */
export function SymbolKey({ net, row }: Props) {
  const { t } = useT();
  const { layers, D, H, inputSize, outputSize } = shapeOf(net);
  const n = namingOf(net.cell, row, layers, D);
  const gates = net.trace.cells[0]?.gates.map((g) => g.name) ?? [];
  const G = gates.length;
  const gated = gates[0] !== 'h';
  const inSize = row.layer === 0 ? inputSize : D * H;
  const sub = gated ? `_{${gates.join(',')}}` : '';
  const blocks = gated ? t('unrolled.eq.key.blocks', { gates: gates.join(', ') }) : '';
  const lines: { sym: string; name: string; shape: string; note?: string }[] = [
    { sym: `${n.W('')}${sub}`, name: paramName('weight_ih', row), shape: `[${G * H}, ${inSize}]`, note: blocks },
    { sym: `${n.U('')}${sub}`, name: paramName('weight_hh', row), shape: `[${G * H}, ${H}]`, note: blocks },
    { sym: `${n.b('')}${sub}`, name: `${paramName('bias_ih', row)} + ${paramName('bias_hh', row)}`, shape: `[${G * H}]`,
      note: net.cell === 'gru' ? t('unrolled.eq.key.gruBias') : '' },
    { sym: 'V', name: 'fc.weight', shape: `[${outputSize}, ${D * H}]` },
    { sym: n.outBias, name: 'fc.bias', shape: `[${outputSize}]` },
  ];
  return (
    <table className="eq-key">
      <caption>{t('unrolled.eq.key.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('unrolled.eq.key.symbol')}</th>
          <th scope="col">{t('unrolled.eq.key.name')}</th>
          <th scope="col">{t('unrolled.eq.key.shape')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.name}>
            <th scope="row">
              <Tex tex={l.sym} />
            </th>
            <td>
              <code>{l.name}</code>
              {l.note ? <span className="eq-key__note"> {l.note}</span> : null}
            </td>
            <td>
              <code>{l.shape}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
