/**
 * `#/lessons`: the course as cards, each with how much of it this browser has seen and a link to
 * the first unvisited step; a "continue" link to the last step opened; and a way to forget it all.
 */
import { useState } from 'react';
import { formatNumber, useT } from '../../i18n/index.ts';
import { COURSE } from '../../lessons/index.ts';
import type { Lesson } from '../../lessons/index.ts';
import { useAppStore } from '../../state/index.ts';
import { routeToHash } from '../route.ts';
import './course.css';

const lessonHash = (lesson: number, step: number): string => routeToHash({ kind: 'lesson', lesson, step });

function LessonCard({ lesson, n, seen }: Readonly<{ lesson: Lesson; n: number; seen: readonly string[] }>) {
  const { t } = useT();
  const total = lesson.steps.length;
  const done = lesson.steps.filter((s) => seen.includes(s.id)).length;
  const firstOpen = lesson.steps.findIndex((s) => !seen.includes(s.id));
  const action = done === 0 ? 'start' : done === total ? 'review' : 'continue';
  const target = lessonHash(n, firstOpen < 0 ? 1 : firstOpen + 1);
  const titleId = `lesson-card-${lesson.id}`;
  return (
    <li>
      <article className={done === total ? 'card lesson-card lesson-card--done' : 'card lesson-card'} aria-labelledby={titleId}>
        <p className="eyebrow">{t('lessons.ui.lessonLabel', { n })}</p>
        <h2 className="lesson-card__title" id={titleId}>
          {t(lesson.titleKey)}
        </h2>
        <p className="card__body">{t(lesson.summaryKey)}</p>
        <div className="lesson-card__foot">
          <div className="lesson-card__progress">
            <progress max={total} value={done} aria-label={t('lessons.ui.progress', { done, total })} />
            <span className="small muted num">{t('lessons.ui.progressShort', { percent: formatNumber(done / total, { style: 'percent' }) })}</span>
          </div>
          <a className={action === 'review' ? 'btn btn--small' : 'btn btn--small btn--primary'} href={target} aria-describedby={titleId}>
            {t(`lessons.ui.${action}`)}
          </a>
        </div>
      </article>
    </li>
  );
}

/** The course index page. */
export function CourseIndex() {
  const { t } = useT();
  const progress = useAppStore((s) => s.progress);
  const resetProgress = useAppStore((s) => s.resetProgress);
  const [cleared, setCleared] = useState(false);
  const last = progress.last;
  const lastLesson = last ? COURSE[last.lesson - 1] : undefined;
  const lastStep = last && lastLesson ? lastLesson.steps[last.step - 1] : undefined;
  const anyProgress = Object.values(progress.visited).some((v) => v.length > 0);
  return (
    <div className="course">
      <header className="course__head">
        <h1>{t('lessons.ui.indexTitle')}</h1>
        <p className="lead">{t('lessons.ui.indexLead')}</p>
        {last && lastLesson && lastStep && (
          <a className="btn btn--primary course__resume" href={lessonHash(last.lesson, last.step)}>
            {t('lessons.ui.resume', { lesson: last.lesson, step: last.step })} · {t(lastStep.titleKey)}
          </a>
        )}
      </header>
      <ol className="card-grid course__list" role="list">
        {COURSE.map((lesson, i) => (
          <LessonCard key={lesson.id} lesson={lesson} n={i + 1} seen={progress.visited[lesson.id] ?? []} />
        ))}
      </ol>
      <footer className="course__foot">
        <p className="muted small">{t('lessons.ui.progressNote')}</p>
        {anyProgress && (
          <button
            type="button"
            className="btn btn--small"
            onClick={() => {
              resetProgress();
              setCleared(true);
            }}
          >
            {t('lessons.ui.resetProgress')}
          </button>
        )}
        <p role="status" className="small">
          {cleared && !anyProgress ? t('lessons.ui.progressCleared') : null}
        </p>
      </footer>
    </div>
  );
}
