/**
 * The gradient norm over training, as the lab's chart keeps it: one point per snapshot the
 * worker sent (‖∇θ L‖ before clipping), and the previous run's series kept beside the current
 * one — so "clipping off" and "clipping on" (or any two settings) are seen side by side.
 */

/** A run's series: its label (what was different) and points ordered by step. */
export type NormSeries = Readonly<{
  /** the clip threshold the run trained with; null = off */
  clip: number | null;
  step: readonly number[];
  norm: readonly number[];
  /** the step at which training diverged; null while it has not */
  divergedAt: number | null;
}>;

/** The current run and the one before it. */
export type NormHistory = Readonly<{ latest: NormSeries; earlier: NormSeries | null }>;

/** Most points kept per run (older points are thinned to every other one). */
export const MAX_NORM_POINTS = 1500;

/** A fresh series. */
export const emptySeries = (clip: number | null): NormSeries => ({ clip, step: [], norm: [], divergedAt: null });

/** Starts a new run: the current series (if it has points) becomes the previous one. */
export function newRun(h: NormHistory, clip: number | null): NormHistory {
  return { latest: emptySeries(clip), earlier: h.latest.step.length > 0 ? h.latest : h.earlier };
}

/** Adds the norm reported at `step`; a step at or before the last replaces the tail. Step 0 has no gradient. */
export function addNorm(h: NormHistory, step: number, norm: number): NormHistory {
  if (step <= 0 || Number.isNaN(norm)) return h;
  const c = h.latest;
  let n = c.step.length;
  while (n > 0 && (c.step[n - 1] ?? 0) >= step) n--;
  let s = [...c.step.slice(0, n), step];
  let v = [...c.norm.slice(0, n), norm];
  if (s.length > MAX_NORM_POINTS) {
    const keep = (_: number, i: number): boolean => i % 2 === 0 || i === s.length - 1;
    s = s.filter(keep);
    v = v.filter(keep);
  }
  return { ...h, latest: { ...c, step: s, norm: v } };
}

/** Marks the current run as diverged at `step`. */
export function markDiverged(h: NormHistory, step: number): NormHistory {
  return { ...h, latest: { ...h.latest, divergedAt: step } };
}

/** Changes the clip threshold the current run is labelled with (a live change). */
export function setClip(h: NormHistory, clip: number | null): NormHistory {
  return h.latest.clip === clip ? h : { ...h, latest: { ...h.latest, clip } };
}
