/**
 * Course progress, remembered on this device: which steps of which lessons were opened, and the
 * last position (for "continue where you left off"). Stored under one localStorage key as JSON
 * and read defensively, so a corrupt or foreign value only costs the progress, never the app.
 *
 * Also holds the current step's highlight target: the lesson player sets it, panels may read it
 * (`useAppStore(s => s.highlight)`) to draw attention to the named part. It lives here, below the
 * lessons layer, because panels may not import lessons.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';

/** Named parts of the panels a lesson step can point at. */
export const HIGHLIGHT_TARGETS = [
  'input-sequence',
  'input-window',
  'recurrent-arrow',
  'hidden-state',
  'shared-weights',
  'tensor-shape',
  'param-count',
  'prediction-plot',
  'loss-curve',
  'architecture',
  'encoder-decoder',
  'gradient-flow',
  'activation-derivative',
  'gates',
  'cell-state',
  'code-model',
] as const;

/** One highlight target. */
export type HighlightTarget = (typeof HIGHLIGHT_TARGETS)[number];

/** Lesson and step numbers as they appear in `#/lesson/:n/step/:m` (1-based). */
export type CoursePosition = Readonly<{ lesson: number; step: number }>;

/** What the course index shows. */
export type CourseProgress = Readonly<{
  /** lesson id → ids of the steps opened, in first-visit order */
  visited: Readonly<Record<string, readonly string[]>>;
  /** the step opened last; null before the first lesson */
  last: CoursePosition | null;
}>;

/** The progress slice. */
export type ProgressState = Readonly<{
  progress: CourseProgress;
  /** what the current lesson step points at; null outside lessons or when it points at nothing */
  highlight: HighlightTarget | null;
  /** records a step as opened and as the last position */
  markVisited: (lessonId: string, stepId: string, at: CoursePosition) => void;
  setHighlight: (target: HighlightTarget | null) => void;
  /** forgets all progress (the index's "Reset progress") */
  resetProgress: () => void;
}>;

/** The localStorage key of the progress. */
export const PROGRESS_KEY = 'unroll.progress';

/** No progress. */
export const EMPTY_PROGRESS: CourseProgress = { visited: {}, last: null };

const ID = /^[a-z0-9-]{1,40}$/;
const isPosition = (v: unknown): v is CoursePosition =>
  typeof v === 'object' && v !== null && Number.isInteger((v as CoursePosition).lesson) && Number.isInteger((v as CoursePosition).step) && (v as CoursePosition).lesson > 0 && (v as CoursePosition).step > 0;

/** Parses stored progress; anything malformed is dropped, the well-formed rest is kept. */
export function readProgress(stored: string | null): CourseProgress {
  if (stored === null) return EMPTY_PROGRESS;
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return EMPTY_PROGRESS;
  }
  if (typeof raw !== 'object' || raw === null) return EMPTY_PROGRESS;
  const { visited, last } = raw as { visited?: unknown; last?: unknown };
  const out: Record<string, readonly string[]> = {};
  if (typeof visited === 'object' && visited !== null) {
    for (const [lesson, steps] of Object.entries(visited)) {
      if (!ID.test(lesson) || !Array.isArray(steps)) continue;
      out[lesson] = [...new Set(steps.filter((s): s is string => typeof s === 'string' && ID.test(s)))];
    }
  }
  return { visited: out, last: isPosition(last) ? { lesson: last.lesson, step: last.step } : null };
}

function store(progress: CourseProgress): void {
  try {
    localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
  } catch {
    // Private mode, a full quota or no storage at all: progress still counts for this visit.
  }
}

function load(): CourseProgress {
  try {
    return readProgress(localStorage.getItem(PROGRESS_KEY));
  } catch {
    return EMPTY_PROGRESS;
  }
}

/** Creates the progress slice, starting from what this device remembers. */
export const createProgressSlice: StateCreator<AppState, [], [], ProgressState> = (set, get) => ({
  progress: load(),
  highlight: null,
  markVisited: (lessonId, stepId, at) => {
    const { progress } = get();
    const seen = progress.visited[lessonId] ?? [];
    const sameLast = progress.last?.lesson === at.lesson && progress.last.step === at.step;
    if (seen.includes(stepId) && sameLast) return;
    const next: CourseProgress = {
      visited: seen.includes(stepId) ? progress.visited : { ...progress.visited, [lessonId]: [...seen, stepId] },
      last: at,
    };
    store(next);
    set({ progress: next });
  },
  setHighlight: (target) => set((s) => (s.highlight === target ? s : { highlight: target })),
  resetProgress: () => {
    store(EMPTY_PROGRESS);
    set({ progress: EMPTY_PROGRESS });
  },
});
