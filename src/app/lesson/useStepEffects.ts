/**
 * What entering a step does outside the page: record the visit, publish the step's highlight and
 * lesson position to the store, put the step in the document title, and apply the step's preset.
 *
 * The preset is applied only when it differs from the one applied last, so moving between steps
 * that share a preset keeps the run (and anything the learner changed) going. A link that carries
 * its own run in the hash query wins over the preset: it describes the exact run to show.
 */
import { useEffect, useRef } from 'react';
import { useT } from '../../i18n/index.ts';
import { presetOf } from '../../lessons/index.ts';
import type { StepRef } from '../../lessons/index.ts';
import { useAppStore } from '../../state/index.ts';

/** Side effects of showing step `at`; `query` is the hash query of the page. */
export function useStepEffects(at: StepRef | null, query: string): void {
  const { t } = useT();
  const lastPreset = useRef<string | null>(null);
  const lesson = at?.lesson;
  const step = at?.step;
  const lessonNumber = at?.lessonNumber ?? null;
  const stepNumber = at?.stepNumber ?? null;

  useEffect(() => {
    if (!lesson || !step || lessonNumber === null || stepNumber === null) return;
    const s = useAppStore.getState();
    s.markVisited(lesson.id, step.id, { lesson: lessonNumber, step: stepNumber });
    s.setHighlight(step.highlight);
    s.setLessonPosition(lessonNumber, stepNumber);
  }, [lesson, step, lessonNumber, stepNumber]);

  useEffect(() => {
    if (!lesson || !step) return;
    const preset = presetOf(lesson, step);
    const key = JSON.stringify(preset);
    if (key === lastPreset.current) return;
    lastPreset.current = key;
    if (query === '') useAppStore.getState().configure(preset);
  }, [lesson, step, query]);

  const title = lesson && step ? `${t(step.titleKey)} · ${t(lesson.titleKey)} · ${t('app.name')}` : null;
  useEffect(() => {
    if (title === null) return;
    document.title = title;
  }, [title]);

  // Leaving the lessons: nothing is highlighted any more and the tab gets its plain name back.
  useEffect(
    () => () => {
      const s = useAppStore.getState();
      s.setHighlight(null);
      s.setLessonPosition(null, null);
      document.title = 'Unroll';
    },
    [],
  );
}
