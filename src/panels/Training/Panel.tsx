/**
 * The Training panel: run controls, live status and counters, the prediction-vs-target plot, the
 * loss curve, hyperparameters and weight export/import. React owns all of its DOM; d3 only
 * computes scales and paths (lossChartModel.ts, predictionModel.ts). Store updates arrive at most
 * once per animation frame (state/connect.ts), so each part re-renders at most once per frame.
 *
 * `compact` (the home-page hero): plot, controls and status only.
 */
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { PanelProps } from '../../app/panels.ts';
import { useT } from '../../i18n/index.ts';
import { startTrainingClient, useAppStore } from '../../state/index.ts';
import { Counters } from './Counters.tsx';
import { HyperParams } from './HyperParams.tsx';
import { LossChart } from './LossChart.tsx';
import { Messages } from './Messages.tsx';
import { modelCode } from './modelCode.ts';
import { PredictionPlot } from './PredictionPlot.tsx';
import { RunControls } from './RunControls.tsx';
import { ShareLink } from './ShareLink.tsx';
import { StatusLine } from './StatusLine.tsx';
import { WeightsIO } from './WeightsIO.tsx';
import './Training.css';

function ModelLine() {
  const { t } = useT();
  const { config, d } = useAppStore(useShallow((s) => ({ config: s.config, d: s.snapshot.dataset })));
  return (
    <p className="training__model">
      <span className="training__task">{t(`task.${config.task}.title` as 'task.sine.title', { defaultValue: config.task })}</span>
      <code>{modelCode(config, d?.inputSize ?? 1, d?.outSize ?? 1)}</code>
    </p>
  );
}

/** The Training panel (lab route and home-page hero). */
export default function TrainingPanel({ compact = false }: PanelProps) {
  const { t } = useT();
  useEffect(() => {
    void startTrainingClient();
  }, []);
  return (
    <section className={compact ? 'panel panel--compact training training--compact' : 'panel training'} aria-labelledby="panel-training-title">
      <header className="training__head">
        <div className="training__titles">
          <h2 id="panel-training-title" className="training__title">
            {t('training.title')}
          </h2>
          <ModelLine />
        </div>
        {!compact && <ShareLink />}
      </header>
      <div className="training__bar">
        <RunControls />
        <StatusLine />
      </div>
      {!compact && <Counters />}
      <Messages />
      <div className="training__charts">
        <PredictionPlot compact={compact} />
        {!compact && <LossChart />}
      </div>
      {!compact && (
        <div className="training__settings">
          <HyperParams />
          <WeightsIO />
        </div>
      )}
    </section>
  );
}
