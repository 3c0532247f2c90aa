/**
 * Moving through a lesson: previous / next (crossing into the neighbouring lesson at either end)
 * and one dot per step, marked when visited. All are links, so they can also be opened in a new
 * tab or copied; the keyboard shortcuts live in the player.
 */
import { useT } from '../../i18n/index.ts';
import type { StepPosition, StepRef } from '../../lessons/index.ts';
import { routeToHash } from '../route.ts';

type Props = Readonly<{
  at: StepRef;
  prev: StepPosition | null;
  next: StepPosition | null;
  /** ids of this lesson's visited steps */
  visited: readonly string[];
  onPresent: () => void;
}>;

const hashOf = (p: StepPosition): string => routeToHash({ kind: 'lesson', lesson: p.lesson, step: p.step });

/** The navigation bar under a step. */
export function StepNav({ at, prev, next, visited, onPresent }: Props) {
  const { t } = useT();
  const { lesson, lessonNumber, stepNumber } = at;
  const nextLabel = next === null ? t('lessons.ui.finish') : next.lesson !== lessonNumber ? t('lessons.ui.nextLesson') : t('lessons.ui.next');
  return (
    <div className="lesson__nav">
      <div className="lesson__pager">
        {prev ? (
          <a className="btn" href={hashOf(prev)} rel="prev">
            <span aria-hidden="true">←</span> {t('lessons.ui.prev')}
          </a>
        ) : (
          <a className="btn" href="#/lessons">
            <span aria-hidden="true">←</span> {t('lessons.ui.allLessons')}
          </a>
        )}
        <nav aria-label={t('lessons.ui.stepsNav')} className="lesson__dots">
          <ol>
            {lesson.steps.map((s, i) => {
              const n = i + 1;
              const seen = visited.includes(s.id);
              return (
                <li key={s.id}>
                  <a
                    href={hashOf({ lesson: lessonNumber, step: n })}
                    className={seen ? 'lesson__dot lesson__dot--seen' : 'lesson__dot'}
                    aria-current={n === stepNumber ? 'step' : undefined}
                    title={t(s.titleKey)}
                  >
                    <span className="visually-hidden">
                      {t('lessons.ui.stepDot', { n, title: t(s.titleKey) })}
                      {seen ? ` (${t('lessons.ui.visited')})` : ''}
                    </span>
                    <span aria-hidden="true">{n}</span>
                  </a>
                </li>
              );
            })}
          </ol>
        </nav>
        <a className="btn btn--primary" href={next ? hashOf(next) : '#/lessons'} rel={next ? 'next' : undefined}>
          {nextLabel} <span aria-hidden="true">→</span>
        </a>
      </div>
      <div className="lesson__tools">
        <p className="muted small lesson__hint">{t('lessons.ui.keysHint')}</p>
        <button type="button" className="btn btn--small" onClick={onPresent} title={t('presenter.startHint')}>
          <span aria-hidden="true">▶</span> {t('presenter.start')}
        </button>
      </div>
    </div>
  );
}
