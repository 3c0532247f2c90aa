/**
 * The picture of one call: input box → module → output box and h_n box. React owns the DOM.
 * Axis roles follow PyTorch's layouts: input/output are (batch, seq, ·) when batch_first, else
 * (seq, batch, ·); h_n is always (num_layers·D, batch, H).
 */
import { useT } from '../../i18n/index.ts';
import type { RecurrentShapes } from './shapes.ts';
import { moduleCall } from './shapes.ts';
import { TensorDiagram } from './TensorDiagram.tsx';
import type { AxisView } from './TensorDiagram.tsx';

type Props = Readonly<{ shapes: RecurrentShapes }>;

/** Input, module and outputs side by side (wrapping on narrow screens). */
export function CallDiagram({ shapes }: Props) {
  const { t } = useT();
  const { args, dims, D } = shapes;
  const H = args.hiddenSize;
  const lead = (features: number): readonly [AxisView, AxisView, AxisView] =>
    args.batchFirst
      ? [{ role: 'batch', size: dims.batch }, { role: 'time', size: dims.seq }, { role: 'feature', size: features }]
      : [{ role: 'time', size: dims.seq }, { role: 'batch', size: dims.batch }, { role: 'feature', size: features }];

  return (
    <section className="shapes__flow" aria-label={t('shapes.diagram.label')}>
      <div className="shapes__flow-row">
        <TensorDiagram name="input" axes={lead(args.inputSize)} divide="time" />
        <div className="shapes__arrow" aria-hidden="true">
          <code>{`nn.${args.kind}`}</code>
          <span>→</span>
        </div>
        <div className="shapes__outputs">
          <TensorDiagram name="output" axes={lead(D * H)} divide="time" split={D === 2} />
          <TensorDiagram
            name={shapes.cN ? 'h_n, c_n' : 'h_n'}
            axes={[{ role: 'stack', size: args.numLayers * D }, { role: 'batch', size: dims.batch }, { role: 'feature', size: H }]}
            divide="stack"
          />
        </div>
      </div>
      <p className="shapes__call">
        <code>{moduleCall(args)}</code>
      </p>
      <p className="muted small">{t('shapes.diagram.note')}</p>
    </section>
  );
}
