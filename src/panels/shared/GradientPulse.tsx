/**
 * Backpropagation through time as a picture: the unrolled chain h_1 … h_T, and a pulse that
 * travels from the last step back to the first while a bar under every step grows to the size
 * of ∂L/∂h_t there (log scale, coloured like the lab's heatmap). Give it a new `playKey` and it
 * plays again, so each new snapshot of a training run shows how the flow has changed.
 *
 * React owns the DOM; the motion is CSS (GradientPulse.css) timed by the `--dur-*` tokens, which
 * are 0 under prefers-reduced-motion: then the bars simply appear at their size. Shared by the
 * Gradients lab and the unrolled view's backward mode.
 */
import type { CSSProperties } from 'react';
import { interpolateViridis } from 'd3-scale-chromatic';
import { logFraction } from './logScale.ts';
import { useMeasuredWidth } from './useMeasuredWidth.ts';
import './GradientPulse.css';

type Props = Readonly<{
  /** ‖∂L/∂h_t‖ for t = 0…T−1 (time order); non-finite or 0 draws an empty bar */
  norms: ArrayLike<number>;
  /** the log₁₀ range the bars span, e.g. [1e-9, 1] */
  domain: readonly [number, number];
  /** change it to play the pulse again */
  playKey: number;
  /** the text alternative: what the picture shows, in words */
  label: string;
  /** the label of step t (0-based), e.g. t => `h${t + 1}` */
  stepLabel?: (t: number) => string;
}>;

/** The pulse strip (see the file comment). */
export function GradientPulse({ norms, domain, playKey, label, stepLabel = (t) => `h${t + 1}` }: Props) {
  const [ref, width] = useMeasuredWidth<HTMLDivElement>(520);
  const T = norms.length;
  const height = 150;
  const pad = 14;
  const step = T > 1 ? (width - 2 * pad) / (T - 1) : 0;
  const xOf = (t: number): number => pad + t * step;
  const barW = Math.max(2, Math.min(18, step * 0.7));
  const r = Math.max(2.5, Math.min(9, step * 0.32));
  const labelEvery = Math.max(1, Math.ceil(30 / Math.max(step, 1)));
  // Label h_1, h_T and every few steps between, never crowding the last label.
  const showLabel = (t: number): boolean => t === 0 || t === T - 1 || ((t + 1) % labelEvery === 0 && T - 1 - t >= labelEvery / 2);
  const barTop = 46;
  const barH = height - barTop - 4;
  return (
    <div ref={ref} className="gp">
      <svg width={width} height={height} role="img" aria-label={label}>
        <g key={playKey} className="gp__play">
          <line className="gp__chain" x1={xOf(0)} x2={xOf(T - 1)} y1={18} y2={18} />
          {Array.from({ length: T }, (_, t) => {
            const f = logFraction(norms[t] ?? NaN, domain);
            const hgt = Number.isNaN(f) ? 0 : Math.max(2, f * barH);
            const style = { '--gp-order': T > 1 ? (T - 1 - t) / (T - 1) : 0 } as CSSProperties;
            return (
              <g key={t} style={style}>
                <circle className="gp__node" cx={xOf(t)} cy={18} r={r} />
                {showLabel(t) ? (
                  <text className="gp__label" x={xOf(t)} y={40} textAnchor="middle" aria-hidden="true">
                    {stepLabel(t)}
                  </text>
                ) : null}
                <rect
                  className="gp__bar"
                  x={xOf(t) - barW / 2}
                  y={barTop + barH - hgt}
                  width={barW}
                  height={hgt}
                  rx={Math.min(3, barW / 3)}
                  fill={Number.isNaN(f) ? 'none' : interpolateViridis(0.12 + 0.88 * f)}
                />
              </g>
            );
          })}
          {T > 1 && <circle className="gp__pulse" cx={xOf(T - 1)} cy={18} r={r + 3} style={{ '--gp-travel': `${xOf(0) - xOf(T - 1)}px` } as CSSProperties} />}
        </g>
      </svg>
    </div>
  );
}
