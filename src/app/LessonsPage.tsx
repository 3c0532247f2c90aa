/**
 * `#/lessons` and `#/lesson/:n/step/:m`. The index is light and loads with the app; the player
 * (with KaTeX) and the speaker view are their own chunks, fetched on the first lesson page.
 */
import { lazy, Suspense } from 'react';
import { useT } from '../i18n/index.ts';
import { CourseIndex } from './lesson/CourseIndex.tsx';
import { isSpeakerSearch } from './presenter/speakerUrl.ts';
import type { Route } from './route.ts';

const LessonPlayer = lazy(() => import('./lesson/LessonPlayer.tsx'));
const SpeakerView = lazy(() => import('./presenter/SpeakerView.tsx'));

type Props = Readonly<{ route: Extract<Route, { kind: 'lessons' | 'lesson' }> }>;

/** The course index or one lesson step (or, in a speaker window, the speaker view). */
export function LessonsPage({ route }: Props) {
  const { t } = useT();
  if (route.kind === 'lessons') return <CourseIndex />;
  const speaker = isSpeakerSearch(window.location.search);
  return (
    <Suspense fallback={<p className="muted">{t('lessons.ui.loading')}</p>}>
      {speaker ? <SpeakerView lesson={route.lesson} step={route.step} /> : <LessonPlayer lesson={route.lesson} step={route.step} />}
    </Suspense>
  );
}
