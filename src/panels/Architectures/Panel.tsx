/**
 * Architectures: the RNN family's box diagrams, each alive — a small model learns its task in the
 * playground worker, and stepping through time lights up what is read, updated and emitted at each
 * step with the model's actual values. Below: your own input, and your own series.
 */
import { useEffect, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { PanelProps } from '../../app/panels.ts';
import { useT } from '../../i18n/index.ts';
import { usePlayground } from '../../state/playground.ts';
import type { Inspection, PlaygroundInfo } from '../../worker/playgroundProtocol.ts';
import { DEMO_IDS, DEMOS } from './demos.ts';
import type { Demo, DemoId } from './demos.ts';
import { Diagram } from './Diagram.tsx';
import { diagramModel, topK } from './diagramModel.ts';
import type { DiagramModel } from './diagramModel.ts';
import { SeriesInput } from './SeriesInput.tsx';
import { StepThrough } from './StepThrough.tsx';
import { TopK } from './TopK.tsx';
import { TryInput } from './TryInput.tsx';
import './Architectures.css';

/** One-to-one has no model: a single step, drawn for comparison. */
const ONE_TO_ONE: DiagramModel = {
  T: 1,
  columns: [{ t: 0, input: 'x', output: { label: 'y', prob: null, target: null, correct: null }, part: null }],
  states: [],
  hidden: 0,
  layers: 1,
  directions: 1,
};

const CELL_CLASS = { rnn_tanh: 'nn.RNN', rnn_relu: 'nn.RNN', lstm: 'nn.LSTM', gru: 'nn.GRU' } as const;

function modelLine(demo: Demo, info: PlaygroundInfo | null): string {
  const c = demo.config;
  if (c === null || info === null) return '';
  const args = [`${info.inputSize}`, `${c.hidden}`, ...(c.layers > 1 ? [`num_layers=${c.layers}`] : []), ...(c.bidirectional ? ['bidirectional=True'] : []), 'batch_first=True'];
  const out = info.kind === 'classes' ? (info.classLabels?.length ?? 0) : 1;
  return `${CELL_CLASS[c.cell]}(${args.join(', ')}) → nn.Linear(${c.hidden * (c.bidirectional ? 2 : 1)}, ${out})`;
}

type Source = Readonly<{ example: number }> | Readonly<{ x: Float64Array; T: number; shown: string }>;

export default function ArchitecturesPanel({ compact = false }: PanelProps) {
  const { t } = useT();
  const [demoId, setDemoId] = useState<DemoId>('many-to-one');
  const [source, setSource] = useState<Source>({ example: 0 });
  const [step, setStep] = useState(0);
  const demo = DEMOS[demoId];
  const job = usePlayground(useShallow((s) => ({ label: s.label, info: s.info, progress: s.progress, inspection: s.inspection, error: s.error })));
  const mine = job.label === demoId;

  // A demo's model trains when it is first shown (or when the playground last trained another).
  useEffect(() => {
    const s = usePlayground.getState();
    if (demo.config !== null && s.label !== demo.id) s.train(demo.id, demo.config, demo.maxSteps, demo.target);
  }, [demo]);

  // Every progress report re-runs the input on the model as it learns.
  const reportStep = mine ? job.progress?.step : undefined;
  useEffect(() => {
    if (reportStep === undefined) return;
    usePlayground.getState().inspect('example' in source ? { example: source.example } : { x: source.x, T: source.T });
  }, [reportStep, source]);

  const inspection: Inspection | null = mine ? job.inspection : null;
  const model = useMemo(
    () => (demo.config === null ? ONE_TO_ONE : inspection && job.info ? diagramModel(demo.layout, job.info, inspection) : null),
    [demo, inspection, job.info],
  );
  const T = model?.T ?? 1;
  const tShown = Math.min(step, T - 1);
  const column = model?.columns[tShown];
  const rows = model ? model.layers * model.directions : 1;
  const name = t(`architectures.demo.${demoId}.name`);
  const outRow = inspection && column?.output ? (inspection.outRows === 1 ? 0 : tShown) : null;
  const top = inspection && outRow !== null && job.info?.classLabels ? topK(inspection, job.info.classLabels, outRow, 3) : null;
  const emitted = model?.columns.flatMap((c) => (c.output ? [c.output.label] : [])).join(job.info?.kind === 'classes' ? '' : ', ');

  const pick = (id: DemoId) => {
    setDemoId(id);
    setSource({ example: 0 });
    setStep(0);
  };

  return (
    <section className={compact ? 'panel panel--compact arch' : 'panel arch'} aria-labelledby="panel-architectures-title">
      <h2 id="panel-architectures-title">{t('architectures.title')}</h2>
      {!compact && <p className="muted arch__blurb">{t('architectures.blurb')}</p>}
      <div className="segmented arch__picker" role="group" aria-label={t('architectures.pick')}>
        {DEMO_IDS.map((id) => (
          <button key={id} type="button" className="segmented__item" aria-pressed={id === demoId} onClick={() => pick(id)}>
            {t(`architectures.demo.${id}.name`)}
          </button>
        ))}
      </div>

      <div className="arch__demo">
        <p className="arch__task">{t(`architectures.demo.${demoId}.task`)}</p>
        {demo.config === null ? (
          <p className="muted">{t('architectures.oneToOne')}</p>
        ) : (
          <>
            {job.info && mine && <p className="mono small arch__model">{modelLine(demo, job.info)}</p>}
            <TrainingLine demo={demo} mine={mine} />
            {mine && job.error && <p className="arch-try__error" role="alert">{t(`architectures.errors.${job.error.code}`, { detail: job.error.message })}</p>}
            {mine && job.info?.sampleText && (
              <label className="row gap-s wrap arch__sample">
                {t('architectures.sample')}
                <select
                  className="input"
                  value={'example' in source ? String(source.example) : 'own'}
                  onChange={(e) => {
                    if (e.target.value !== 'own') setSource({ example: Number(e.target.value) });
                  }}
                >
                  {job.info.sampleText.map((s, i) => (
                    <option key={i} value={i}>{s}</option>
                  ))}
                  {!('example' in source) && <option value="own">{`${t('architectures.own')}: ${source.shown}`}</option>}
                </select>
              </label>
            )}
          </>
        )}
        {model && (
          <StepThrough t={tShown} T={T} column={column} rows={rows} setT={setStep}>
            <Diagram model={model} layout={demo.layout} t={tShown} name={name} />
          </StepThrough>
        )}
        {model && demo.config !== null && (
          <div className="arch__outputs">
            {emitted && (
              <p>
                <strong>{t('architectures.try.prediction')}:</strong> <span className="mono arch__emitted">{emitted}</span>
              </p>
            )}
            {top && <TopK items={top} />}
            <table className="visually-hidden">
              <caption>{t('architectures.table.caption')}</caption>
              <thead>
                <tr><th scope="col">{t('architectures.table.t')}</th><th scope="col">{t('architectures.table.input')}</th><th scope="col">{t('architectures.table.output')}</th></tr>
              </thead>
              <tbody>
                {model.columns.map((c) => (
                  <tr key={c.t}><td>{c.t + 1}</td><td>{c.input ?? '—'}</td><td>{c.output ? c.output.label : '—'}</td></tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {demo.tryKind && (
          <TryInput
            key={demoId}
            kind={demo.tryKind}
            ready={mine && job.info !== null}
            onRun={(r) => {
              setSource({ x: r.x, T: r.T, shown: r.shown });
              setStep(demo.layout === 'many-to-one' ? r.T - 1 : 0);
            }}
          />
        )}
      </div>
      {!compact && <SeriesInput />}
      {!compact && (
        <p className="row gap-m wrap arch__links">
          <a href="#/lab/shapes">{t('architectures.links.shapes')}</a>
          <a href="#/lab/code">{t('architectures.links.code')}</a>
        </p>
      )}
    </section>
  );
}

function TrainingLine({ demo, mine }: Readonly<{ demo: Demo; mine: boolean }>) {
  const { t } = useT();
  const progress = usePlayground((s) => (mine ? s.progress : null));
  if (progress === null) return <p className="muted small" role="status">{t('architectures.training.status', { step: 0, max: demo.maxSteps })}</p>;
  const pct = progress.accuracy === null ? '' : ` · ${t('architectures.training.accuracy', { percent: `${(progress.accuracy * 100).toFixed(0)}%` })}`;
  return (
    <div className="row gap-s wrap arch__training">
      <progress max={progress.maxSteps} value={progress.done ? progress.maxSteps : progress.step} aria-label={t('architectures.training.progress')} />
      <span className="small" role="status" data-done={progress.done} data-accuracy={progress.accuracy ?? ''}>
        {progress.done ? t('architectures.training.done', { steps: progress.step }) : t('architectures.training.status', { step: progress.step, max: progress.maxSteps })}
        {pct}
      </span>
      {progress.done && demo.config && (
        <button type="button" className="btn btn--small" onClick={() => demo.config && usePlayground.getState().train(demo.id, demo.config, demo.maxSteps, demo.target)}>
          {t('architectures.training.retrain')}
        </button>
      )}
    </div>
  );
}
