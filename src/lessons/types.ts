/**
 * What a lesson is made of. Lessons are content, not code: a lesson file holds only data of
 * these types — catalog keys for every sentence, panel ids, a config preset and a named highlight
 * target — so adding a lesson never means writing a component, and the player, presenter mode,
 * speaker view and tests all read the same structure.
 */
import type { PanelId } from '../app/route.ts';
import type { en } from '../i18n/en/index.ts';
import type { HighlightTarget } from '../state/progressSlice.ts';
import type { ExperimentConfig } from '../worker/config.ts';

export type { HighlightTarget } from '../state/progressSlice.ts';
export { HIGHLIGHT_TARGETS } from '../state/progressSlice.ts';

/** Dotted paths to the string leaves of a catalog tree ('l01.s1.title', …). */
type LeafPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${LeafPaths<T[K]>}`;
}[keyof T & string];

/**
 * A key of the lessons catalog, e.g. 'lessons.l01.s1.title'. Typed against the English catalog,
 * so a misspelt key in a lesson file fails to compile (and tests check Korean has it too).
 */
export type LessonTextKey = `lessons.${LeafPaths<(typeof en)['lessons']>}`;

/**
 * How the panels of a step share the panel area: one panel; two side by side (stacked on narrow
 * screens); or one above the other at full width.
 */
export type PanelLayout = 'single' | 'split' | 'stack';

/** One answer of a quick check. */
export type QuickChoice = Readonly<{
  /** stable id within the check (used for form values and tests) */
  id: string;
  labelKey: LessonTextKey;
  /** shown after "Check" when this answer is chosen: why it is right or wrong */
  feedbackKey: LessonTextKey;
  correct: boolean;
}>;

/**
 * A question at the end of a step. 'choice' asks about what was just explained; 'predict' asks
 * what will happen before the learner tries it in the panel (the feedback then says what to try).
 */
export type QuickCheck = Readonly<{
  kind: 'choice' | 'predict';
  promptKey: LessonTextKey;
  /** two to four answers; exactly one is correct */
  choices: readonly QuickChoice[];
}>;

/** One screen of a lesson. */
export type LessonStep = Readonly<{
  /** stable id within the lesson, remembered in progress (so reordering steps keeps progress) */
  id: string;
  titleKey: LessonTextKey;
  /** the explanation; may use `**bold**`, `*emphasis*`, `` `code` ``, `$tex$` and "- " bullets (app/lesson/markup.ts) */
  bodyKey: LessonTextKey;
  /** speaker notes for presenter mode's speaker view */
  notesKey: LessonTextKey;
  /** a displayed equation in TeX (language-neutral, so it lives here rather than in the catalogs) */
  equation?: string;
  /** panels to show, in order; empty for a text-only step */
  panels: readonly PanelId[];
  layout: PanelLayout;
  /** overrides of the lesson's preset for this step */
  preset?: Partial<ExperimentConfig>;
  /** what the step points at; the player names it, panels may draw it */
  highlight: HighlightTarget | null;
  quickCheck?: QuickCheck;
}>;

/** A lesson: an ordered list of steps with a shared model/task preset. */
export type Lesson = Readonly<{
  /** stable id, e.g. 'sequences'; progress is stored under it */
  id: string;
  titleKey: LessonTextKey;
  /** one sentence for the course index */
  summaryKey: LessonTextKey;
  /**
   * The experiment every step starts from, applied on top of DEFAULT_CONFIG (the lecture's noisy
   * sine), so a deep link to any step gives the same config whatever was open before.
   */
  preset: Partial<ExperimentConfig>;
  steps: readonly LessonStep[];
}>;
