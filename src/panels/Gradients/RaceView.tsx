/**
 * "The experiment": the race RNN vs LSTM vs GRU on the first-symbol memory task, trained side by
 * side in the race worker — live held-out accuracy, how far back each one's gradient reaches, the
 * standings and the verdict — and the accuracy-vs-distance sweep. React owns the DOM.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatNumber, useT } from '../../i18n/index.ts';
import { useAppStore } from '../../state/index.ts';
import type { LabCell } from '../../worker/raceProtocol.ts';
import { LogAxisChart } from '../shared/LogAxisChart.tsx';
import type { RefLine } from '../shared/LogAxisChart.tsx';
import { formatSci } from '../shared/logScale.ts';
import { accuracySeries, CELL_COLOR, pct, reachSeries, standings, sweepSeries, verdictParts } from './raceModel.ts';
import { Slider } from './Slider.tsx';

const DISTANCE = { min: 5, max: 50 };

/** The race: settings, live charts, standings and verdict. */
export function RaceView() {
  const { t } = useT();
  const race = useAppStore((s) => s.race);
  const actions = useAppStore(useShallow((s) => ({ start: s.startRace, stop: s.stopRace, setConfig: s.setRaceConfig })));
  const cfg = race.config;
  const snap = race.snapshot;
  const running = race.status === 'running';
  const name = useMemo(() => (c: LabCell): string => t(`gradients.cells.${c}`), [t]);
  const acc = useMemo(() => (snap === null ? [] : accuracySeries(snap, name)), [snap, name]);
  const reach = useMemo(() => (snap === null ? [] : reachSeries(snap, name)), [snap, name]);
  const chance = 1 / (snap?.config.symbols ?? cfg.symbols);
  const target = snap?.config.target ?? cfg.target;
  const refLines: RefLine[] = [
    { id: 'chance', y: 100 * chance, label: t('gradients.race.chance', { p: pct(chance) }), color: 'var(--c-text-muted)' },
    { id: 'target', y: 100 * target, label: t('gradients.race.target', { p: pct(target) }), color: 'var(--c-ok)' },
  ];
  const table = snap === null ? [] : standings(snap);
  const summary = snap === null
    ? t('gradients.race.notYet')
    : t('gradients.race.summary', { step: formatNumber(snap.step), parts: table.map((s) => `${name(s.cell)} ${pct(s.accuracy)}`).join(', ') });
  const verdict = snap !== null && snap.done && !snap.stopped
    ? t('gradients.race.verdict', {
      distance: snap.config.distance,
      chance: pct(snap.chance),
      parts: verdictParts(snap).map((p) => t(`gradients.race.part.${p.kind}`, { cell: name(p.cell), acc: pct(p.accuracy), step: p.step ?? '' })).join(t('gradients.race.joiner')),
    })
    : null;
  return (
    <section className="gl-section gl-race" aria-labelledby="gl-race-title">
      <h3 id="gl-race-title" className="gl-h3">{t('gradients.race.title')}</h3>
      <p className="gl-note">{t('gradients.race.intro', { symbols: cfg.symbols, distance: cfg.distance, chance: pct(1 / cfg.symbols) })}</p>
      <div className="gl-race__controls">
        <Slider
          id="gl-distance"
          label={t('gradients.race.distance')}
          min={DISTANCE.min}
          max={DISTANCE.max}
          value={cfg.distance}
          disabled={running}
          onChange={(v) => actions.setConfig({ distance: v })}
        />
        <label className="gl-check">
          <input type="checkbox" checked={cfg.gateInit === 'open'} disabled={running} onChange={(e) => actions.setConfig({ gateInit: e.target.checked ? 'open' : 'pytorch' })} />
          {t('gradients.race.openGates')}
        </label>
        <div className="gl-race__buttons">
          {running ? (
            <button type="button" className="btn" onClick={actions.stop}>{t('gradients.race.stop')}</button>
          ) : (
            <button type="button" className="btn btn--primary" onClick={() => actions.start()}>{t('gradients.race.start')}</button>
          )}
          <p className="gl-race__progress" role="status">
            {race.status === 'error'
              ? t('gradients.race.error')
              : snap === null || race.status === 'idle'
                ? running ? t('gradients.race.starting') : ''
                : t(`gradients.race.progress.${race.status}`, { step: formatNumber(snap.step), max: formatNumber(snap.config.maxSteps), rate: formatNumber(Math.round(snap.stepsPerSec)) })}
          </p>
        </div>
      </div>
      <p className="gl-note gl-race__settings">{t('gradients.race.settings', { hidden: cfg.hidden, lr: cfg.lr, batch: cfg.batch, clip: cfg.clip ?? '—', steps: cfg.maxSteps })}</p>
      <div className="gl-grid">
        <LogAxisChart
          title={t('gradients.race.accTitle')}
          series={acc}
          refLines={refLines}
          yScale="linear"
          yDomain={[0, 100]}
          xDomain={[0, snap?.config.maxSteps ?? cfg.maxSteps]}
          xLabel={t('gradients.axes.step')}
          yLabel={t('gradients.race.accY')}
          summary={summary}
          aspect={0.5}
        />
        <LogAxisChart
          title={t('gradients.race.reachTitle')}
          series={reach}
          xLabel={t('gradients.axes.t')}
          yLabel={t('gradients.race.reachY')}
          xDomain={[1, Math.max(2, snap?.T ?? cfg.distance + 1)]}
          summary={snap === null ? t('gradients.race.notYet') : t('gradients.race.reachSummary', { parts: table.map((s) => `${name(s.cell)} ${formatSci(s.reach)}`).join(', ') })}
          aspect={0.5}
        />
      </div>
      {snap !== null && (
        <table className="gl-table">
          <caption>{t('gradients.race.standings')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('gradients.race.col.cell')}</th>
              <th scope="col">{t('gradients.race.col.accuracy')}</th>
              <th scope="col">{t('gradients.race.col.state')}</th>
              <th scope="col">{t('gradients.race.col.reach')}</th>
            </tr>
          </thead>
          <tbody>
            {table.map((s) => (
              <tr key={s.cell}>
                <th scope="row">
                  <span className="gl-swatch" style={{ background: CELL_COLOR[s.cell] }} aria-hidden="true" />
                  {name(s.cell)}
                </th>
                <td className="gl-num">{pct(s.accuracy)}</td>
                <td>{t(`gradients.race.state.${s.state}`, { step: s.solvedAt ?? '' })}</td>
                <td className="gl-num">{formatSci(s.reach)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className={verdict === null ? 'visually-hidden' : 'gl-verdict'} role="status" aria-live="polite">{verdict ?? ''}</p>
    </section>
  );
}

/** Accuracy against distance, swept in the background. */
export function SweepView() {
  const { t } = useT();
  const sweep = useAppStore((s) => s.sweep);
  const actions = useAppStore(useShallow((s) => ({ start: s.startSweep, stop: s.stopSweep })));
  const snap = sweep.snapshot;
  const name = useMemo(() => (c: LabCell): string => t(`gradients.cells.${c}`), [t]);
  const points = useMemo(() => snap?.points ?? [], [snap]);
  const series = useMemo(() => sweepSeries(points, name), [points, name]);
  const running = sweep.status === 'running';
  const distances = sweep.distances.join(', ');
  const chance = snap === null ? null : 1 / snap.config.symbols;
  return (
    <section className="gl-section gl-sweep" aria-labelledby="gl-sweep-title">
      <h3 id="gl-sweep-title" className="gl-h3">{t('gradients.sweep.title')}</h3>
      <p className="gl-note">{t('gradients.sweep.intro', { distances })}</p>
      <div className="gl-race__buttons">
        {running ? (
          <button type="button" className="btn" onClick={actions.stop}>{t('gradients.sweep.stop')}</button>
        ) : (
          <button type="button" className="btn" onClick={actions.start}>{t('gradients.sweep.start', { distances })}</button>
        )}
        <p className="gl-race__progress" role="status">
          {sweep.status === 'error' ? t('gradients.race.error') : running && snap !== null && snap.current !== null
            ? t('gradients.sweep.progress', { distance: snap.current, step: formatNumber(snap.currentStep), done: new Set(points.map((p) => p.distance)).size, total: snap.distances.length })
            : sweep.status === 'done' ? t('gradients.sweep.done') : ''}
        </p>
      </div>
      <LogAxisChart
        title={t('gradients.sweep.chartTitle')}
        series={series}
        refLines={chance === null ? [] : [{ id: 'chance', y: 100 * chance, label: t('gradients.race.chance', { p: pct(chance) }), color: 'var(--c-text-muted)' }]}
        yScale="linear"
        yDomain={[0, 100]}
        xDomain={[0, Math.max(...sweep.distances, 10) + 2]}
        xLabel={t('gradients.sweep.x')}
        yLabel={t('gradients.sweep.y')}
        summary={points.length === 0 ? t('gradients.sweep.empty') : t('gradients.sweep.summary', { parts: points.map((p) => `${name(p.cell)} @${p.distance}: ${pct(p.accuracy)}`).join(', ') })}
        table={{
          caption: t('gradients.sweep.chartTitle'),
          columns: [t('gradients.sweep.x'), t('gradients.race.col.cell'), t('gradients.race.col.accuracy')],
          rows: points.map((p) => [String(p.distance), name(p.cell), pct(p.accuracy)]),
        }}
        aspect={0.4}
      />
    </section>
  );
}
