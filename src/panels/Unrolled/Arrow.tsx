/**
 * The arrows of the unrolled picture and their arrowheads. Each kind has one colour token at every
 * step — that is the picture's point: W, U and V are the *same* matrices at every t.
 * React owns these SVG nodes.
 */
import type { Term } from '../Equations/types.ts';

/** Input weights W, recurrent weights U, output weights V, a gradient, or a plain connector. */
export type ArrowKind = 'w' | 'u' | 'v' | 'grad' | 'bus';

const HEADED: readonly ArrowKind[] = ['w', 'u', 'v', 'grad'];

/** Arrowheads, one per kind, ids prefixed with `prefix` (unique per picture). */
export function ArrowMarkers({ prefix }: Readonly<{ prefix: string }>) {
  return (
    <defs>
      {HEADED.map((k) => (
        <marker
          key={k}
          id={`${prefix}-${k}`}
          viewBox="0 0 10 10"
          refX={9}
          refY={5}
          markerWidth={k === 'grad' ? 9 : 7}
          markerHeight={k === 'grad' ? 9 : 7}
          markerUnits="userSpaceOnUse"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" className={`uarrow-head uarrow-head--${k}`} />
        </marker>
      ))}
    </defs>
  );
}

type Props = Readonly<{
  kind: ArrowKind;
  prefix: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** stroke width in px (gradients: proportional to log ‖dL/dh‖) */
  width?: number;
  term?: Term | undefined;
  /** extra classes, e.g. the step state */
  className?: string;
  /** what a pointer tooltip says */
  title?: string;
}>;

/** A straight arrow from (x1, y1) to (x2, y2); the head's tip lands on (x2, y2). */
export function Arrow({ kind, prefix, x1, y1, x2, y2, width, term, className = '', title }: Props) {
  const headed = kind !== 'bus';
  return (
    <line
      x1={x1}
      y1={y1}
      x2={x2}
      y2={y2}
      className={`uarrow uarrow--${kind} ${className}`}
      strokeWidth={width}
      markerEnd={headed ? `url(#${prefix}-${kind})` : undefined}
      data-term={term}
    >
      {title ? <title>{title}</title> : null}
    </line>
  );
}

/** A labelled curved self-loop on a block's side (the rolled-up picture's recurrence). */
export function SelfLoop({ prefix, x, y, h, side, term }: Readonly<{ prefix: string; x: number; y: number; h: number; side: 1 | -1; term?: Term | undefined }>) {
  const top = y + h * 0.25;
  const bottom = y + h * 0.75;
  const out = x + side * Math.max(26, h * 0.9);
  const d = `M${x},${top} C${out},${top - 18} ${out},${bottom + 18} ${x + side * 2},${bottom}`;
  return <path d={d} className="uarrow uarrow--u uloop" markerEnd={`url(#${prefix}-u)`} data-term={term} fill="none" />;
}
