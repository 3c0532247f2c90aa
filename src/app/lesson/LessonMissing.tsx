/** What a link to a lesson or step that does not exist shows: what is there instead, and a way on. */
import { useT } from '../../i18n/index.ts';
import type { StepLookup } from '../../lessons/index.ts';
import { routeToHash } from '../route.ts';

type Props = Readonly<{ lookup: Exclude<StepLookup, { ok: true }>; step: number }>;

/** The "no such lesson / step" notice. */
export function LessonMissing({ lookup, step }: Props) {
  const { t } = useT();
  const noLesson = lookup.reason === 'no-lesson';
  return (
    <section className="notice" role="status">
      <h1>
        {noLesson
          ? t('lessons.ui.missing.lessonTitle', { lesson: lookup.lessonNumber })
          : t('lessons.ui.missing.stepTitle', { lesson: lookup.lessonNumber, step })}
      </h1>
      <p>{noLesson ? t('lessons.ui.missing.lessonBody', { count: lookup.lessonCount }) : t('lessons.ui.missing.stepBody', { count: lookup.stepCount })}</p>
      <div className="row gap-s wrap">
        {!noLesson && (
          <a className="btn btn--primary" href={routeToHash({ kind: 'lesson', lesson: lookup.lessonNumber, step: 1 })}>
            {t('lessons.ui.missing.toFirst')}
          </a>
        )}
        <a className={noLesson ? 'btn btn--primary' : 'btn'} href="#/lessons">
          {t('lessons.ui.missing.toIndex')}
        </a>
      </div>
    </section>
  );
}
