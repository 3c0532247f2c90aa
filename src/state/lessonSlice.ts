/**
 * Where the person is in the course: lesson and step, mirrored from the route
 * (`#/lesson/3/step/2`). The lessons player reads and sets it; the share link carries it in
 * its path.
 */
import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';

/** The lesson position; both null outside a lesson. */
export type LessonPosition = Readonly<{ lesson: number | null; step: number | null }>;

/** The lesson slice. */
export type LessonState = Readonly<{
  lesson: LessonPosition;
  setLessonPosition: (lesson: number | null, step: number | null) => void;
}>;

/** Reads the lesson position from a hash path ('/lesson/3/step/2' → 3, 2; elsewhere null, null). */
export function lessonFromPath(path: string): LessonPosition {
  const m = /^\/lesson\/([1-9]\d{0,3})(?:\/step\/([1-9]\d{0,3}))?\/?$/.exec(path);
  return m ? { lesson: Number(m[1]), step: m[2] === undefined ? 1 : Number(m[2]) } : { lesson: null, step: null };
}

/** Creates the lesson slice. */
export const createLessonSlice: StateCreator<AppState, [], [], LessonState> = (set) => ({
  lesson: { lesson: null, step: null },
  setLessonPosition: (lesson, step) =>
    set((s) => (s.lesson.lesson === lesson && s.lesson.step === step ? s : { lesson: { lesson, step } })),
});
