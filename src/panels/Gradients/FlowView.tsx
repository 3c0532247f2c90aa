/**
 * "See it": the backward pass of the focus example as a pulse through the unrolled network, and
 * the size of ∂L/∂h_t it leaves at every step on a log axis. Both replay with every new trace
 * (at most once per pulse), so the change over training is visible. React owns the DOM.
 */
import { useMemo } from 'react';
import { useT } from '../../i18n/index.ts';
import { GradientPulse } from '../shared/GradientPulse.tsx';
import { LogAxisChart } from '../shared/LogAxisChart.tsx';
import { formatSci, logDomain } from '../shared/logScale.ts';
import { endToEnd } from './flowModel.ts';
import type { LabTrace } from './useLabTrace.ts';

type Props = Readonly<{ trace: LabTrace | null }>;

/** The pulse and the ‖∂L/∂h_t‖ chart. */
export function FlowView({ trace }: Props) {
  const { t } = useT();
  const norms = trace?.cell.dLdhNorm;
  const domain = useMemo(() => logDomain(norms ?? [], 14), [norms]);
  const series = useMemo(
    () => (norms === undefined ? [] : [{
      id: 'dldh', label: t('gradients.flow.series'), color: 'var(--c-grad)',
      x: Array.from(norms, (_, i) => i + 1), y: norms, dots: norms.length <= 40,
    }]),
    [norms, t],
  );
  if (trace === null || norms === undefined) return <p className="gl-wait">{t('gradients.flow.waiting')}</p>;
  const T = trace.T;
  const first = norms[0] ?? NaN;
  const last = norms[T - 1] ?? NaN;
  const facts = { T, first: formatSci(first), last: formatSci(last), ratio: formatSci(endToEnd(norms)), step: trace.step };
  return (
    <div className="gl-flow">
      <div className="gl-flow__strip">
        <h4 className="gl-h4">{t('gradients.flow.pulseTitle')}</h4>
        <GradientPulse norms={norms} domain={domain} playKey={trace.playKey} label={t('gradients.flow.pulseLabel', facts)} />
        <p className="gl-note">{t('gradients.flow.pulseNote', facts)}</p>
      </div>
      <LogAxisChart
        title={t('gradients.flow.chartTitle')}
        series={series}
        xLabel={t('gradients.axes.t')}
        yLabel={t('gradients.flow.y')}
        xDomain={[1, Math.max(2, T)]}
        yDomain={domain}
        summary={t('gradients.flow.summary', facts)}
        aspect={0.45}
      />
    </div>
  );
}
