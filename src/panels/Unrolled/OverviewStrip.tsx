/**
 * The overview of a long sequence: every step of the selected row as a thin heat-map column
 * (its first units), the visible window outlined and the cursor marked. It is also a slider:
 * click or drag to move the cursor; ←/→ step (handled by the figure around it). React owns the SVG.
 */
import { useRef } from 'react';
import type { PointerEvent } from 'react';
import { useT } from '../../i18n/index.ts';
import { divergingColor } from '../shared/diverging.ts';
import { cellAt, shapeOf } from '../Equations/netMath.ts';
import type { NetSnapshot, RowRef, StepCursor } from '../Equations/types.ts';

/** Units drawn per step (the strip is 28 px tall). */
const STRIP_UNITS = 12;
const HEIGHT = 30;

type Props = Readonly<{
  net: NetSnapshot;
  row: RowRef;
  cursor: StepCursor;
  width: number;
  /** visible window: first step and count */
  first: number;
  count: number;
  /** move the cursor to step t of the current pass */
  onSeek: (t: number) => void;
}>;

/** The strip. */
export function OverviewStrip({ net, row, cursor, width, first, count, onSeek }: Props) {
  const { t } = useT();
  const ref = useRef<SVGSVGElement>(null);
  const { T, H } = shapeOf(net);
  const cell = cellAt(net, row);
  const back = cursor.phase === 'backward';
  const values = back ? cell.dLdh : cell.h;
  let m = 0;
  for (const v of values) m = Math.max(m, Math.abs(v));
  const color = divergingColor(back ? m : net.cell === 'rnn_relu' ? m : 1);
  const units = Math.min(H, STRIP_UNITS);
  const w = width / T;
  const uh = (HEIGHT - 4) / units;
  const seek = (e: PointerEvent<SVGSVGElement>): void => {
    const box = ref.current?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    onSeek(Math.max(1, Math.min(T, Math.floor(((e.clientX - box.left) / box.width) * T) + 1)));
  };
  return (
    <svg
      ref={ref}
      className="ustrip"
      width={width}
      height={HEIGHT}
      role="slider"
      tabIndex={0}
      aria-label={t('unrolled.strip.label')}
      aria-valuemin={1}
      aria-valuemax={T}
      aria-valuenow={Math.max(1, cursor.t)}
      aria-valuetext={t('unrolled.strip.value', { t: Math.max(1, cursor.t), T, first, last: first + count - 1 })}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture?.(e.pointerId);
        seek(e);
      }}
      onPointerMove={(e) => {
        if (e.buttons === 1) seek(e);
      }}
    >
      {Array.from({ length: T }, (_, s) => (
        <g key={s} transform={`translate(${s * w},2)`}>
          {Array.from({ length: units }, (_, j) => (
            <rect key={j} y={j * uh} width={Math.max(1, w - 0.5)} height={uh} style={{ fill: color(values[s * H + j] ?? 0) }} />
          ))}
        </g>
      ))}
      <rect className="ustrip__window" x={(first - 1) * w} y={1} width={count * w} height={HEIGHT - 2} rx={3} />
      {cursor.t > 0 && <rect className={`ustrip__cursor ustrip__cursor--${cursor.phase}`} x={(cursor.t - 1) * w} y={0} width={Math.max(2, w)} height={HEIGHT} />}
    </svg>
  );
}
