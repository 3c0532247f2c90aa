/**
 * The course: every lesson in order, and the lookups the player, presenter mode, speaker view and
 * tests share. Lesson n of the route `#/lesson/n/step/m` is COURSE[n - 1]; both numbers are
 * 1-based because people read them.
 */
import { DEFAULT_CONFIG } from '../worker/config.ts';
import type { ExperimentConfig } from '../worker/config.ts';
import { sequences } from './course/01-sequences.ts';
import { recurrence } from './course/02-recurrence.ts';
import { shapes } from './course/03-shapes.ts';
import { training } from './course/04-training.ts';
import { architectures } from './course/05-architectures.ts';
import { pytorch } from './course/06-pytorch.ts';
import { gradients } from './course/07-gradients.ts';
import { gates } from './course/08-gates.ts';
import { applications } from './course/09-applications.ts';
import type { Lesson, LessonStep, LessonTextKey } from './types.ts';

export type { HighlightTarget, Lesson, LessonStep, LessonTextKey, PanelLayout, QuickCheck, QuickChoice } from './types.ts';
export { HIGHLIGHT_TARGETS } from './types.ts';

/** The lessons, in teaching order. */
export const COURSE: readonly Lesson[] = [sequences, recurrence, shapes, training, architectures, pytorch, gradients, gates, applications];

/** A step found by its route numbers. */
export type StepRef = Readonly<{ lesson: Lesson; step: LessonStep; lessonNumber: number; stepNumber: number }>;

/** The result of looking a route up: the step, or why there is none (for a helpful message). */
export type StepLookup =
  | Readonly<{ ok: true; ref: StepRef }>
  | Readonly<{ ok: false; reason: 'no-lesson'; lessonNumber: number; lessonCount: number }>
  | Readonly<{ ok: false; reason: 'no-step'; lessonNumber: number; stepCount: number; lesson: Lesson }>;

/** Looks up `#/lesson/n/step/m`. */
export function findStep(lessonNumber: number, stepNumber: number): StepLookup {
  const lesson = COURSE[lessonNumber - 1];
  if (!Number.isInteger(lessonNumber) || lesson === undefined) return { ok: false, reason: 'no-lesson', lessonNumber, lessonCount: COURSE.length };
  const step = lesson.steps[stepNumber - 1];
  if (!Number.isInteger(stepNumber) || step === undefined) return { ok: false, reason: 'no-step', lessonNumber, stepCount: lesson.steps.length, lesson };
  return { ok: true, ref: { lesson, step, lessonNumber, stepNumber } };
}

/** Route numbers of a step. */
export type StepPosition = Readonly<{ lesson: number; step: number }>;

/** The step before `at` in the whole course (crossing into the previous lesson); null at the very start. */
export function previousStep(at: StepPosition): StepPosition | null {
  if (at.step > 1) return { lesson: at.lesson, step: at.step - 1 };
  const before = COURSE[at.lesson - 2];
  return before ? { lesson: at.lesson - 1, step: before.steps.length } : null;
}

/** The step after `at` in the whole course (crossing into the next lesson); null at the very end. */
export function nextStep(at: StepPosition): StepPosition | null {
  const lesson = COURSE[at.lesson - 1];
  if (lesson && at.step < lesson.steps.length) return { lesson: at.lesson, step: at.step + 1 };
  return COURSE[at.lesson] ? { lesson: at.lesson + 1, step: 1 } : null;
}

/**
 * The complete config a step asks for: the lecture's defaults, then the lesson's preset, then
 * the step's. Starting from the defaults every time is what makes a deep link reproducible: the
 * step looks the same whichever page was open before.
 */
export function presetOf(lesson: Lesson, step: LessonStep): ExperimentConfig {
  return { ...DEFAULT_CONFIG, ...lesson.preset, ...step.preset };
}

/** Every catalog key a lesson uses, for the catalog tests. */
export function lessonKeys(lesson: Lesson): LessonTextKey[] {
  const keys: LessonTextKey[] = [lesson.titleKey, lesson.summaryKey];
  for (const s of lesson.steps) {
    keys.push(s.titleKey, s.bodyKey, s.notesKey);
    if (s.quickCheck) {
      keys.push(s.quickCheck.promptKey);
      for (const c of s.quickCheck.choices) keys.push(c.labelKey, c.feedbackKey);
    }
  }
  return keys;
}
