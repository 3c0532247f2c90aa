/**
 * One 3-D tensor drawn as a box (geometry in box.ts). React owns the SVG. Each edge is coloured
 * by what the axis means (batch, time, features, layers·directions), so when batch_first flips,
 * the colours visibly trade places between "across" and "into the page".
 */
import { useId } from 'react';
import type { CSSProperties } from 'react';
import { useT } from '../../i18n/index.ts';
import { boxGeometry } from './box.ts';
import { shapeText } from './shapes.ts';

/** What an axis of a tensor means; decides its colour and its name. */
export type AxisRole = 'batch' | 'time' | 'feature' | 'stack';

/** One axis of the drawn tensor. */
export type AxisView = Readonly<{ role: AxisRole; size: number }>;

type Props = Readonly<{
  /** the tensor's name as code, e.g. 'output' */
  name: string;
  axes: readonly [AxisView, AxisView, AxisView];
  /** draw a line between the slices of the axis with this role (time steps, layers) */
  divide?: AxisRole;
  /** shade the second half of the features: the reverse direction of a bidirectional output */
  split?: boolean;
}>;

/** A labelled box for one tensor, with a caption giving its shape. */
export function TensorDiagram({ name, axes, divide, split = false }: Props) {
  const { t } = useT();
  const titleId = useId();
  const shape = [axes[0].size, axes[1].size, axes[2].size] as const;
  const divideAxis = axes.findIndex((a) => a.role === divide);
  const g = boxGeometry(shape, {
    ...(divideAxis >= 0 ? { divide: { axis: divideAxis as 0 | 1 | 2, count: shape[divideAxis] ?? 1 } } : {}),
    splitHeight: split,
  });
  const shapeLabel = shapeText(shape);
  const axesText = axes
    .map((a, i) => `${t('shapes.diagram.dim', { n: i })} ${t(`shapes.diagram.axis.${a.role}`)} ${a.size}`)
    .join(', ');

  return (
    <figure className="tensor-fig">
      <svg
        className="tensor-fig__svg"
        viewBox={`0 0 ${Math.ceil(g.width)} ${Math.ceil(g.height)}`}
        width={Math.ceil(g.width)}
        height={Math.ceil(g.height)}
        // Natural size × presenter zoom (CSS); max-width shrinks it on phones.
        style={{ '--w': Math.ceil(g.width) } as CSSProperties}
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{t('shapes.diagram.figure', { name, shape: shapeLabel, axes: axesText })}</title>
        <path className="tensor-fig__face tensor-fig__face--top" d={g.top} />
        <path className="tensor-fig__face tensor-fig__face--side" d={g.side} />
        <path className="tensor-fig__face tensor-fig__face--front" d={g.front} />
        {g.secondHalf && <path className="tensor-fig__half" d={g.secondHalf} />}
        {g.divisions && <path className="tensor-fig__divisions" d={g.divisions} />}
        {axes.map((a, i) => (
          <path key={`e${i}`} className={`tensor-fig__edge tensor-fig__edge--${a.role}`} d={g.edges[i]} />
        ))}
        {axes.map((a, i) => {
          const spot = g.labels[i];
          if (!spot) return null;
          return (
            <text key={`l${i}`} x={spot.x} y={spot.y} textAnchor={spot.anchor} className="tensor-fig__label">
              <tspan x={spot.x} dy="-0.35em" className="tensor-fig__dim">
                {t('shapes.diagram.dim', { n: i })}
              </tspan>
              <tspan x={spot.x} dy="1.2em" className={`tensor-fig__axis tensor-fig__axis--${a.role}`}>
                {t(`shapes.diagram.axis.${a.role}`)} {a.size}
              </tspan>
            </text>
          );
        })}
      </svg>
      <figcaption className="tensor-fig__caption">
        <code>{name}</code> <span className="num">{shapeLabel}</span>
        {split && (
          <span className="tensor-fig__legend">
            <span className="tensor-fig__swatch" /> {t('shapes.diagram.forward')}
            <span className="tensor-fig__swatch tensor-fig__swatch--reverse" /> {t('shapes.diagram.reverse')}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
