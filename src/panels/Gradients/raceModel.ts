/**
 * From race and sweep snapshots to what the lab draws and says: one colour per cell (the same in
 * every chart of the lab), the curves, the standings and the verdict's parts. Pure.
 */
import { formatNumber } from '../../i18n/index.ts';
import type { ChartSeries } from '../shared/LogAxisChart.tsx';
import type { LabCell, RaceSnapshot, SweepPoint } from '../../worker/raceProtocol.ts';

/** Each cell's colour: Okabe–Ito tokens, distinct for colour-blind readers. */
export const CELL_COLOR: Readonly<Record<LabCell, string>> = {
  rnn_tanh: 'var(--c-series-pred)',
  rnn_relu: 'var(--c-series-6)',
  lstm: 'var(--c-series-true)',
  gru: 'var(--c-series-4)',
};

/** 0.934 → "93%" in the page's language; '—' when there is no number. */
export const pct = (v: number): string => (Number.isFinite(v) ? formatNumber(v, { style: 'percent', maximumFractionDigits: 0 }) : '—');

/** Within this much of chance a racer "stayed at chance". */
export const NEAR_CHANCE = 0.1;

/** Held-out accuracy (%) against the step, one line per racer. */
export function accuracySeries(snap: RaceSnapshot, label: (c: LabCell) => string): ChartSeries[] {
  return snap.racers.map((r) => ({
    id: r.cell, label: label(r.cell), color: CELL_COLOR[r.cell],
    x: r.steps, y: r.accuracy.map((a) => 100 * a), dots: r.steps.length < 30,
  }));
}

/** The latest ‖∂h_T/∂h_t‖ against t (1-based), one line per racer. */
export function reachSeries(snap: RaceSnapshot, label: (c: LabCell) => string): ChartSeries[] {
  return snap.racers.map((r) => ({
    id: r.cell, label: label(r.cell), color: CELL_COLOR[r.cell],
    x: r.profile.map((_, t) => t + 1), y: r.profile,
  }));
}

/** Final accuracy (%) against distance, one line per cell, in the order the cells first appear. */
export function sweepSeries(points: readonly SweepPoint[], label: (c: LabCell) => string): ChartSeries[] {
  const cells = [...new Set(points.map((p) => p.cell))];
  return cells.map((cell) => {
    const mine = points.filter((p) => p.cell === cell);
    return { id: cell, label: label(cell), color: CELL_COLOR[cell], x: mine.map((p) => p.distance), y: mine.map((p) => 100 * p.accuracy), dots: true };
  });
}

/** How a racer is doing. */
export type RacerState = 'finished' | 'running' | 'stalled' | 'diverged';

/** One row of the standings. */
export type Standing = Readonly<{
  cell: LabCell;
  /** latest held-out accuracy, [0, 1] */
  accuracy: number;
  solvedAt: number | null;
  /** ‖∂h_T/∂h_1‖ at the latest evaluation */
  reach: number;
  state: RacerState;
}>;

/** The standings; a racer that did not finish a race that is over has 'stalled'. */
export function standings(snap: RaceSnapshot): Standing[] {
  return snap.racers.map((r) => {
    const accuracy = r.accuracy[r.accuracy.length - 1] ?? NaN;
    const state: RacerState = r.divergedAt !== null ? 'diverged' : r.solvedAt !== null ? 'finished' : snap.done ? 'stalled' : 'running';
    return { cell: r.cell, accuracy, solvedAt: r.solvedAt, reach: r.reach[r.reach.length - 1] ?? NaN, state };
  });
}

/** How the verdict describes a racer. */
export type VerdictKind = 'reached' | 'stayed' | 'got' | 'diverged';

/** The verdict's part for each racer of a finished race. */
export function verdictParts(snap: RaceSnapshot): { cell: LabCell; kind: VerdictKind; accuracy: number; step: number | null }[] {
  return standings(snap).map((s) => {
    const kind: VerdictKind = s.state === 'diverged' ? 'diverged' : s.state === 'finished' ? 'reached' : s.accuracy < snap.chance + NEAR_CHANCE ? 'stayed' : 'got';
    return { cell: s.cell, kind, accuracy: s.accuracy, step: s.solvedAt };
  });
}
