/**
 * The Gradients lab — vanishing and exploding gradients: see them (the backward pulse, the size
 * of ∂L/∂h_t, the fade as a heatmap), measure them (tanh and σ slopes, the product of Jacobians,
 * the bound against the measured norms, the gradient norm over training), and fix them (the
 * physics controls, the race RNN vs LSTM vs GRU, the accuracy-vs-distance sweep), with presets a
 * lecturer can click. React owns all of the panel's DOM; d3 only computes scales, paths and colours.
 *
 * `compact` (inside a lesson): presets, the run bar and "see it" only.
 */
import { useEffect } from 'react';
import type { PanelProps } from '../../app/panels.ts';
import { useT } from '../../i18n/index.ts';
import { startTrainingClient } from '../../state/index.ts';
import { FlowView } from './FlowView.tsx';
import { GradNormChart } from './GradNormChart.tsx';
import { Heatmap } from './Heatmap.tsx';
import { Physics, RunBar } from './Physics.tsx';
import { Presets } from './Presets.tsx';
import { RaceView, SweepView } from './RaceView.tsx';
import { useLabTrace } from './useLabTrace.ts';
import { ActivationChart, BoundChart, Formula } from './WhyView.tsx';
import './Gradients.css';

/** The Gradients panel (lab route and lessons). */
export default function GradientsPanel({ compact = false }: PanelProps) {
  const { t } = useT();
  useEffect(() => {
    void startTrainingClient();
  }, []);
  const trace = useLabTrace();
  return (
    <section className={compact ? 'panel panel--compact gl gl--compact' : 'panel gl'} aria-labelledby="panel-gradients-title">
      <header className="gl__head">
        <h2 id="panel-gradients-title" className="gl__title">{t('gradients.title')}</h2>
        <p className="gl__lede">{t('gradients.lede')}</p>
      </header>
      <Presets />
      <div className="gl__setup">
        {!compact && <Physics />}
        <RunBar />
      </div>
      <section className="gl-section" aria-labelledby="gl-see-title">
        <h3 id="gl-see-title" className="gl-h3">{t('gradients.see.title')}</h3>
        <div className="gl-grid">
          <FlowView trace={trace} />
          <Heatmap history={trace?.history ?? null} />
        </div>
      </section>
      {!compact && (
        <>
          <section className="gl-section" aria-labelledby="gl-why-title">
            <h3 id="gl-why-title" className="gl-h3">{t('gradients.why.title')}</h3>
            <div className="gl-grid">
              <ActivationChart />
              <Formula trace={trace} />
              <BoundChart trace={trace} />
              <GradNormChart />
            </div>
          </section>
          <RaceView />
          <SweepView />
        </>
      )}
    </section>
  );
}
