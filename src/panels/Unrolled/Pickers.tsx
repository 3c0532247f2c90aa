/**
 * Which row (layer and direction) the equations describe, and which hidden unit they print when
 * the state is too big to print whole. Each appears only when there is a choice. React owns the DOM.
 */
import { useId } from 'react';
import { useT } from '../../i18n/index.ts';
import { rowsOf, shapeOf } from '../Equations/netMath.ts';
import { FULL_MAX_HIDDEN } from '../Equations/forwardTex.ts';
import type { NetSnapshot, RowRef } from '../Equations/types.ts';

type Props = Readonly<{
  net: NetSnapshot;
  row: RowRef;
  unit: number;
  onRow: (row: RowRef) => void;
  onUnit: (unit: number) => void;
}>;

/** The row and unit selects. */
export function Pickers({ net, row, unit, onRow, onUnit }: Props) {
  const { t } = useT();
  const id = useId();
  const rows = rowsOf(net);
  const { H, D } = shapeOf(net);
  if (rows.length < 2 && H <= FULL_MAX_HIDDEN) return null;
  const name = (r: RowRef): string =>
    D === 2
      ? t('unrolled.pick.rowNameDir', { layer: r.layer + 1, dir: t(r.direction === 1 ? 'unrolled.pick.reverse' : 'unrolled.pick.forward') })
      : t('unrolled.pick.rowName', { layer: r.layer + 1 });
  return (
    <div className="unrolled__pickers">
      {rows.length > 1 && (
        <label htmlFor={`${id}-row`} className="unrolled__picker">
          <span>{t('unrolled.pick.row')}</span>
          <select
            id={`${id}-row`}
            value={`${row.layer}-${row.direction}`}
            onChange={(e) => {
              const [layer = 0, direction = 0] = e.target.value.split('-').map(Number);
              onRow({ layer, direction });
            }}
          >
            {rows.map((r) => (
              <option key={`${r.layer}-${r.direction}`} value={`${r.layer}-${r.direction}`}>
                {name(r)}
              </option>
            ))}
          </select>
        </label>
      )}
      {H > FULL_MAX_HIDDEN && (
        <label htmlFor={`${id}-unit`} className="unrolled__picker">
          <span>{t('unrolled.pick.unit')}</span>
          <select id={`${id}-unit`} value={unit} onChange={(e) => onUnit(Number(e.target.value))}>
            {Array.from({ length: H }, (_, j) => (
              <option key={j} value={j}>
                {j + 1}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
