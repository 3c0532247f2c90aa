/**
 * "Why it happens": tanh and the sigmoid with their slopes (max 1 and ¼), the product of
 * Jacobians in KaTeX with the current model's numbers, and the bound (γ·σ_max)^(T−t) drawn
 * against the measured ‖∂h_T/∂h_t‖. React owns the DOM.
 */
import { useMemo } from 'react';
import { useT } from '../../i18n/index.ts';
import { LogAxisChart } from '../shared/LogAxisChart.tsx';
import type { ChartSeries } from '../shared/LogAxisChart.tsx';
import { formatSci, logDomain } from '../shared/logScale.ts';
import { Tex } from '../shared/Tex.tsx';
import { activationCurves } from './activationCurves.ts';
import { boundCurve, texSci } from './flowModel.ts';
import type { LabTrace } from './useLabTrace.ts';

const PRODUCT = String.raw`\frac{\partial h_T}{\partial h_t}=\prod_{k=t+1}^{T}\operatorname{diag}\!\big(f'(a_k)\big)\,W_{hh}`;
const BOUND = String.raw`\left\lVert\frac{\partial h_T}{\partial h_t}\right\rVert\;\le\;\prod_{k=t+1}^{T}\big\lVert\operatorname{diag}(f'(a_k))\big\rVert\,\lVert W_{hh}\rVert\;\le\;\big(\gamma\,\sigma_{\max}(W_{hh})\big)^{T-t}`;
const GAMMA = String.raw`\gamma=\max_a|f'(a)|:\quad \tanh\to 1,\quad \mathrm{relu}\to 1,\quad \sigma\to\tfrac14`;

/** tanh, σ and their derivatives. */
export function ActivationChart() {
  const { t } = useT();
  const series: ChartSeries[] = useMemo(() => {
    const c = activationCurves();
    return [
      { id: 'tanh', label: t('gradients.why.tanh'), color: 'var(--c-series-true)', x: c.x, y: c.tanh },
      { id: 'dtanh', label: t('gradients.why.dtanh'), color: 'var(--c-series-true)', x: c.x, y: c.dtanh, dash: 'dashed' },
      { id: 'sigmoid', label: t('gradients.why.sigmoid'), color: 'var(--c-series-pred)', x: c.x, y: c.sigmoid },
      { id: 'dsigmoid', label: t('gradients.why.dsigmoid'), color: 'var(--c-series-pred)', x: c.x, y: c.dsigmoid, dash: 'dashed' },
    ];
  }, [t]);
  return (
    <LogAxisChart
      title={t('gradients.why.activationTitle')}
      series={series}
      yScale="linear"
      xDomain={[-6, 6]}
      yDomain={[-1, 1]}
      xLabel={t('gradients.why.activationX')}
      yLabel={t('gradients.why.activationY')}
      summary={t('gradients.why.activationSummary')}
      aspect={0.55}
      overlay={(m) => (
        <g className="gl-peaks" aria-hidden="true">
          <circle cx={m.x(0)} cy={m.y(1)} r={4.5} style={{ color: 'var(--c-series-true)' }} />
          <text x={m.x(0) + 8} y={m.y(1) - 6}>{t('gradients.why.peakTanh')}</text>
          <circle cx={m.x(0)} cy={m.y(0.25)} r={4.5} style={{ color: 'var(--c-series-pred)' }} />
          <text x={m.x(0) + 8} y={m.y(0.25) - 6}>{t('gradients.why.peakSigmoid')}</text>
        </g>
      )}
    />
  );
}

/** The product of Jacobians and the bound, with this model's γ·σ_max when it has one. */
export function Formula({ trace }: Readonly<{ trace: LabTrace | null }>) {
  const { t } = useT();
  const bound = trace?.cell.bound ?? null;
  const T = trace?.T ?? 0;
  const live = bound === null
    ? null
    : String.raw`\gamma\,\sigma_{\max}=${bound.gamma}\times${bound.sigmaMax.toFixed(3)}=${(bound.gamma * bound.sigmaMax).toFixed(3)}\;\Rightarrow\;(${(bound.gamma * bound.sigmaMax).toFixed(3)})^{${T - 1}}=${texSci((bound.gamma * bound.sigmaMax) ** (T - 1))}`;
  return (
    <div className="gl-formula" tabIndex={0} role="group" aria-label={t('gradients.why.formulaTitle')}>
      <h4 className="gl-h4">{t('gradients.why.formulaTitle')}</h4>
      <p className="gl-note">{t('gradients.why.chain')}</p>
      <Tex tex={PRODUCT} display />
      <p className="gl-note">{t('gradients.why.boundText')}</p>
      <Tex tex={BOUND} display />
      <Tex tex={GAMMA} display />
      {live !== null ? (
        <>
          <p className="gl-note">{t('gradients.why.liveText', { T })}</p>
          <Tex tex={live} display />
        </>
      ) : (
        trace !== null && <p className="gl-note">{t('gradients.why.gatedText')}</p>
      )}
    </div>
  );
}

/** Measured ‖∂h_T/∂h_t‖ against the bound (γ·σ_max)^(T−t). */
export function BoundChart({ trace }: Readonly<{ trace: LabTrace | null }>) {
  const { t } = useT();
  const cell = trace?.cell;
  const T = trace?.T ?? 0;
  const { series, domain } = useMemo(() => {
    if (cell === undefined) return { series: [] as ChartSeries[], domain: [1e-3, 1] as [number, number] };
    const x = Array.from({ length: T }, (_, i) => i + 1);
    const s: ChartSeries[] = [{ id: 'measured', label: t('gradients.why.measured'), color: 'var(--c-w-recurrent)', x, y: cell.jacobianNorm, dots: T <= 40 }];
    if (cell.bound !== null) s.push({ id: 'bound', label: t('gradients.why.bound'), color: 'var(--c-text-muted)', x, y: boundCurve(cell.bound.gamma, cell.bound.sigmaMax, T), dash: 'dashed' });
    const all = [...cell.jacobianNorm, ...(s[1]?.y as Float64Array | undefined ?? [])];
    return { series: s, domain: logDomain(all, 20) };
  }, [cell, T, t]);
  if (cell === undefined) return <p className="gl-wait">{t('gradients.flow.waiting')}</p>;
  const first = cell.jacobianNorm[0] ?? NaN;
  const facts = { T, measured: formatSci(first), bound: cell.bound === null ? '' : formatSci(boundCurve(cell.bound.gamma, cell.bound.sigmaMax, T)[0] ?? NaN) };
  return (
    <LogAxisChart
      title={t('gradients.why.boundTitle')}
      series={series}
      xLabel={t('gradients.axes.t')}
      yLabel={t('gradients.why.boundY')}
      xDomain={[1, Math.max(2, T)]}
      yDomain={domain}
      summary={cell.bound === null ? t('gradients.why.boundSummaryGated', facts) : t('gradients.why.boundSummary', facts)}
      aspect={0.5}
    />
  );
}
