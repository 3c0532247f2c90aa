/**
 * The Unrolled panel: the store-connected shell around `UnrolledFigure` (the picture, the
 * step-through and the equations). It starts the training client, asks the worker for the trace
 * of one example (the focus), and offers the "tiny model" preset and the choice of example.
 *
 * It opens at the end of the forward pass, so the first thing anyone sees is the whole sequence
 * computed; ⏮ goes back to h₀ = 0 and → continues into the backward pass.
 *
 * React owns all of the DOM; d3 only provides colour scales. The store applies worker news at
 * most once per animation frame (state/connect.ts); while training runs the picture takes a new
 * trace at most every LIVE_REDRAW_MS and renders it through `useDeferredValue`, so a running
 * training never blocks the step-through controls.
 */
import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { PanelProps } from '../../app/panels.ts';
import { useT } from '../../i18n/index.ts';
import { startTrainingClient, useAppStore } from '../../state/index.ts';
import type { HighlightTarget } from '../../state/progressSlice.ts';
import type { Term } from '../Equations/types.ts';
import { netFromStore } from './netFromStore.ts';
import { RunToggle } from './RunToggle.tsx';
import { UnrolledFigure } from './UnrolledFigure.tsx';
import { useThrottled } from './useThrottled.ts';
import './Unrolled.css';

/** The part of the picture a lesson step points at (`highlight` in the store), as an equation term. */
function termFor(target: HighlightTarget | null): Term | null {
  switch (target) {
    case 'recurrent-arrow':
      return 'U';
    case 'hidden-state':
      return 'h';
    case 'shared-weights':
      return 'W';
    case 'input-sequence':
    case 'input-window':
      return 'x';
    case 'gradient-flow':
      return 'grad';
    case 'gates':
      return 'f';
    case 'cell-state':
      return 'cell';
    default:
      return null;
  }
}

/** Least time between two redraws of the picture while training runs, ms (about 8 per second). */
const LIVE_REDRAW_MS = 120;

/** The tiny-model preset: small enough that every matrix is printed whole. */
const TINY = { hidden: 2, layers: 1, bidirectional: false } as const;

function Toolbar() {
  const { t } = useT();
  const id = useId();
  const { hidden, layers, bidirectional, configure, focus, setFocus, dataset } = useAppStore(
    useShallow((s) => ({
      hidden: s.config.hidden, layers: s.config.layers, bidirectional: s.config.bidirectional,
      configure: s.configure, focus: s.snapshot.focus, setFocus: s.setFocus, dataset: s.snapshot.dataset,
    })),
  );
  const tiny = hidden === TINY.hidden && layers === TINY.layers && bidirectional === TINY.bidirectional;
  const n = dataset?.n ?? 0;
  const k = focus ?? 0;
  const text = dataset?.sampleText?.[k];
  return (
    <div className="unrolled__toolbar">
      <RunToggle />
      <button type="button" className="btn btn--small" aria-pressed={tiny} onClick={() => configure(TINY)} title={t('unrolled.tiny.hint')}>
        {t('unrolled.tiny.button')}
      </button>
      {n > 1 && (
        <label className="unrolled__picker" htmlFor={`${id}-ex`}>
          <span>{t('unrolled.example.label')}</span>
          <input
            id={`${id}-ex`}
            type="number"
            min={1}
            max={n}
            value={k + 1}
            onChange={(e) => {
              const v = Math.round(Number(e.target.value));
              if (Number.isFinite(v) && v >= 1 && v <= n) setFocus(v - 1);
            }}
          />
          <span className="muted">{t('unrolled.example.of', { n })}</span>
        </label>
      )}
      {text && <q className="unrolled__sample">{text}</q>}
    </div>
  );
}

/** The panel (lab route, lessons, home page). */
export default function UnrolledPanel({ compact = false }: PanelProps) {
  const { t } = useT();
  const { trace, dataset, ready, focus, setFocus, running, lessonTarget } = useAppStore(
    useShallow((s) => ({
      trace: s.snapshot.trace, dataset: s.snapshot.dataset, ready: s.run.ready, focus: s.snapshot.focus, setFocus: s.setFocus,
      running: s.run.status === 'running' || s.run.status === 'replaying',
      lessonTarget: s.highlight,
    })),
  );
  useEffect(() => {
    void startTrainingClient();
  }, []);
  // This panel needs the trace of one example; example 0 until someone picks another.
  useEffect(() => {
    if (focus === null || (ready && dataset !== null && focus >= dataset.n)) setFocus(0);
  }, [focus, ready, dataset, setFocus]);
  const net = useMemo(() => netFromStore(trace, dataset), [trace, dataset]);
  // A new run clears the trace until its first one arrives: keep drawing the last one meanwhile,
  // so the picture does not blink and the step-through keeps its place (clamped to the new T).
  const [last, setLast] = useState(net);
  if (net !== null && net !== last) setLast(net);
  const shown = useDeferredValue(useThrottled(net ?? last, running ? LIVE_REDRAW_MS : 0));
  return (
    <section className={compact ? 'panel panel--compact unrolled' : 'panel unrolled'} aria-labelledby="panel-unrolled-title">
      <header className="unrolled__head">
        <h2 id="panel-unrolled-title">{t('unrolled.title')}</h2>
        {!compact && <p className="unrolled__lead">{t('unrolled.lead')}</p>}
      </header>
      {shown === null ? (
        <>
          {!compact && <Toolbar />}
          <p className="muted" role="status">
            {t('unrolled.waiting')}
          </p>
          <div className="skeleton" aria-hidden="true" />
        </>
      ) : (
        <UnrolledFigure net={shown} compact={compact} toolbar={compact ? undefined : <Toolbar />} initialPosition={shown.trace.T} live={running} pointAt={termFor(lessonTarget)} />
      )}
    </section>
  );
}
