/**
 * The unrolled diagram of one architecture: inputs at the bottom, one row of cells per layer and
 * direction, outputs on top, one column per time step. Step t lights up the input read, the
 * states updated and the output emitted; each cell shows its first hidden units as colour.
 * React-rendered SVG; the motion is a CSS transition, off under prefers-reduced-motion.
 */
import { useT } from '../../i18n/index.ts';
import { divergingColor } from '../shared/diverging.ts';
import { useMeasuredWidth } from '../shared/useMeasuredWidth.ts';
import type { DiagramModel } from './diagramModel.ts';
import type { Layout } from './demos.ts';

/** Hidden units drawn per cell (the rest are in the model, not in the picture). */
export const UNITS_SHOWN = 6;

type Props = Readonly<{ model: DiagramModel; layout: Layout; t: number; name: string }>;

const ROW = 58;
const BOX = 44;
const LEFT = 76;

export function Diagram({ model, layout, t, name }: Props) {
  const { t: tr } = useT();
  const [ref, width] = useMeasuredWidth<HTMLDivElement>(640);
  const rows = model.layers * model.directions;
  const colW = Math.max(44, Math.min(150, (width - LEFT - 8) / Math.max(1, model.T)));
  const svgW = LEFT + colW * model.T + 8;
  const top = layout === 'seq2seq' ? 22 : 6;
  const yOut = top + 4;
  const yState = (r: number) => top + ROW * (1 + rows - 1 - r) + 4;
  const yIn = top + ROW * (rows + 1) + 4;
  const height = yIn + BOX + 22;
  const cx = (i: number) => LEFT + colW * i + colW / 2;
  const color = divergingColor(1);
  const units = Math.min(UNITS_SHOWN, model.hidden);
  const splitAt = model.columns.findIndex((c) => c.part === 'decoder');

  return (
    <div ref={ref} className="arch-diagram" data-step={t}>
      <svg width={svgW} height={height} role="img" aria-label={tr('architectures.figure.label', { name, T: model.T })}>
        <defs>
          <marker id="arch-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M0,0 L8,4 L0,8 z" className="arch-arrowhead" />
          </marker>
        </defs>
        {splitAt > 0 && (
          <g className="arch-parts">
            <text x={(LEFT + cx(splitAt) - colW / 2) / 2 + LEFT / 2} y={14} textAnchor="middle">{tr('architectures.figure.encoder')}</text>
            <text x={(cx(splitAt) - colW / 2 + svgW) / 2} y={14} textAnchor="middle">{tr('architectures.figure.decoder')}</text>
            <line x1={cx(splitAt) - colW / 2} x2={cx(splitAt) - colW / 2} y1={4} y2={height - 4} className="arch-split" />
          </g>
        )}
        <text className="arch-rowlabel" x={8} y={yOut + BOX / 2 + 4}>{tr('architectures.figure.output')}</text>
        <text className="arch-rowlabel" x={8} y={yIn + BOX / 2 + 4}>{tr('architectures.figure.input')}</text>
        {Array.from({ length: rows }, (_, r) => {
          const layer = Math.floor(r / model.directions);
          const dir = r % model.directions;
          const label = model.directions === 2
            ? `${tr('architectures.figure.state')} ${dir === 0 ? '→' : '←'}`
            : rows > 1 ? `${tr('architectures.figure.state')}${layer + 1}` : tr('architectures.figure.state');
          return <text key={r} className="arch-rowlabel" x={8} y={yState(r) + BOX / 2 + 4}>{label}</text>;
        })}
        {model.columns.map((col) => {
          const x = cx(col.t);
          const active = col.t === t;
          const done = col.t < t;
          const cls = (base: string) => `${base}${active ? ' is-active' : ''}${done ? ' is-done' : ''}`;
          return (
            <g key={col.t} className={cls('arch-col')} data-t={col.t}>
              {/* input */}
              {col.input !== null && (
                <>
                  <line x1={x} x2={x} y1={yIn} y2={yState(0) + BOX + 2} className={cls('arch-edge')} markerEnd="url(#arch-arrow)" />
                  {model.directions === 2 && (
                    // The reverse direction reads the same input: a path around the forward cell.
                    <path d={`M${x + BOX / 2} ${yIn + BOX / 2} h${BOX / 2 - 4} V${yState(1) + BOX / 2} h${-(BOX / 2 - 6)}`} fill="none" className={cls('arch-edge')} markerEnd="url(#arch-arrow)" />
                  )}
                  <rect x={x - BOX / 2} y={yIn} width={BOX} height={BOX} rx={8} className={cls('arch-box arch-box--in')} />
                  <text x={x} y={yIn + BOX / 2 + 5} textAnchor="middle" className="arch-symbol">{col.input}</text>
                </>
              )}
              {/* states */}
              {Array.from({ length: rows }, (_, r) => {
                const dir = r % model.directions;
                const y = yState(r);
                const h = model.states[r];
                const prevT = dir === 0 ? col.t - 1 : col.t + 1;
                return (
                  <g key={r} className={cls('arch-cell')} data-row={r}>
                    {prevT >= 0 && prevT < model.T && (
                      <line x1={dir === 0 ? cx(prevT) + BOX / 2 : cx(prevT) - BOX / 2} x2={dir === 0 ? x - BOX / 2 - 2 : x + BOX / 2 + 2} y1={y + BOX / 2 + (dir === 0 ? -5 : 5)} y2={y + BOX / 2 + (dir === 0 ? -5 : 5)} className={cls('arch-edge arch-edge--rec')} markerEnd="url(#arch-arrow)" />
                    )}
                    {r + model.directions < rows && (
                      <line x1={x} x2={x} y1={y} y2={yState(r + model.directions) + BOX + 2} className={cls('arch-edge')} markerEnd="url(#arch-arrow)" />
                    )}
                    <rect x={x - BOX / 2} y={y} width={BOX} height={BOX} rx={8} className={cls('arch-box arch-box--h')} />
                    {h !== undefined && Array.from({ length: units }, (_, u) => (
                      <rect key={u} x={x - BOX / 2 + 4 + ((BOX - 8) / units) * u} y={y + 6} width={(BOX - 8) / units - 1} height={BOX - 12} rx={2} fill={color(h[col.t * model.hidden + u] ?? 0)} className="arch-unit" />
                    ))}
                  </g>
                );
              })}
              {/* output */}
              {col.output !== null && (
                <>
                  <line x1={x} x2={x} y1={yState(rows - 1)} y2={yOut + BOX + 2} className={cls('arch-edge')} markerEnd="url(#arch-arrow)" />
                  <rect x={x - BOX / 2} y={yOut} width={BOX} height={BOX} rx={8} className={cls(`arch-box arch-box--out${col.output.correct === false ? ' is-wrong' : ''}`)} />
                  <text x={x} y={yOut + BOX / 2 + 5} textAnchor="middle" className="arch-symbol">{col.output.label}</text>
                </>
              )}
              <text x={x} y={yIn + BOX + 16} textAnchor="middle" className="arch-t">{col.t + 1}</text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
