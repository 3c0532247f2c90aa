/**
 * The speaker view (`?speaker=1`, opened with S in presenter mode): the current step's notes in
 * large type, its title and the next one's, the answer of its quick check, a stopwatch and the
 * clock. It follows the presenting window through the presenter channel, and its own buttons and
 * keys move the presentation.
 *
 * It shows no panels, so it never starts a training worker of its own.
 */
import { useEffect } from 'react';
import { currentLang, useT } from '../../i18n/index.ts';
import { findStep, nextStep, previousStep } from '../../lessons/index.ts';
import type { StepPosition } from '../../lessons/index.ts';
import { RichInline, RichText } from '../lesson/RichText.tsx';
import { useLessonKeys } from '../lesson/useLessonKeys.ts';
import { LessonMissing } from '../lesson/LessonMissing.tsx';
import { routeToHash } from '../route.ts';
import { formatElapsed, useElapsed } from './useElapsed.ts';
import { usePresenterSync } from './usePresenterSync.ts';
import '../lesson/lesson.css';
import './presenter.css';

type Props = Readonly<{ lesson: number; step: number }>;

function goTo(p: StepPosition): void {
  window.location.hash = routeToHash({ kind: 'lesson', lesson: p.lesson, step: p.step });
}

/** The speaker window's page. */
export default function SpeakerView({ lesson, step }: Props) {
  const { t } = useT();
  const lookup = findStep(lesson, step);
  const position = { lesson, step };
  const prev = lookup.ok ? previousStep(position) : null;
  const next = lookup.ok ? nextStep(position) : null;
  const upcoming = next ? findStep(next.lesson, next.step) : null;
  const clock = useElapsed();

  usePresenterSync({ enabled: true, position, navigate: goTo, askOnOpen: true });
  useLessonKeys(true, { next: () => next && goTo(next), prev: () => prev && goTo(prev) });

  // The speaker window is a tool, not a page: no site header or footer.
  useEffect(() => {
    document.documentElement.dataset.view = 'speaker';
    return () => {
      delete document.documentElement.dataset.view;
    };
  }, []);
  const title = lookup.ok ? `${t('presenter.speakerView.title')} · ${t(lookup.ref.step.titleKey)}` : t('presenter.speakerView.title');
  useEffect(() => {
    document.title = title;
  }, [title]);

  if (!lookup.ok) return <LessonMissing lookup={lookup} step={step} />;
  const { ref } = lookup;
  const answer = ref.step.quickCheck?.choices.find((c) => c.correct);
  const time = new Intl.DateTimeFormat(currentLang() === 'ko' ? 'ko-KR' : 'en-US', { hour: 'numeric', minute: '2-digit' }).format(clock.now);

  return (
    <div className="speaker">
      <header className="speaker__head">
        <h1 className="speaker__title">{t('presenter.speakerView.title')}</h1>
        <p className="speaker__pos num">{t('presenter.position', { lesson, step, total: ref.lesson.steps.length })}</p>
        <div className="speaker__clock">
          <span className="speaker__elapsed num" role="timer" aria-label={t('presenter.speakerView.timer')}>
            {formatElapsed(clock.elapsed)}
          </span>
          <button type="button" className="btn btn--small" onClick={clock.toggle}>
            {t(clock.running ? 'presenter.speakerView.pause' : 'presenter.speakerView.resume')}
          </button>
          <button type="button" className="btn btn--small" onClick={clock.reset}>
            {t('presenter.speakerView.reset')}
          </button>
        </div>
        <p className="speaker__now muted num">
          {t('presenter.speakerView.clock')} {time}
        </p>
      </header>
      <section className="speaker__current" aria-labelledby="speaker-now">
        <p className="eyebrow" id="speaker-now">
          {t('presenter.speakerView.now')}
        </p>
        <h2 className="speaker__step">{t(ref.step.titleKey)}</h2>
        <p className="muted">
          {t('lessons.ui.lessonLabel', { n: ref.lessonNumber })} · {t(ref.lesson.titleKey)}
        </p>
      </section>
      <section className="speaker__notes" aria-labelledby="speaker-notes">
        <h2 id="speaker-notes" className="eyebrow">
          {t('presenter.speakerView.notes')}
        </h2>
        <RichText text={t(ref.step.notesKey)} />
        {ref.step.quickCheck && answer && (
          <p className="speaker__answer">
            <RichInline text={t(ref.step.quickCheck.promptKey)} /> → <strong><RichInline text={t(answer.labelKey)} /></strong>
          </p>
        )}
      </section>
      <section className="speaker__next" aria-labelledby="speaker-next">
        <p className="eyebrow" id="speaker-next">
          {t('presenter.speakerView.next')}
        </p>
        <p className="speaker__next-title">
          {upcoming?.ok ? t(upcoming.ref.step.titleKey) : t('presenter.speakerView.end')}
        </p>
      </section>
      <div className="speaker__nav">
        <button type="button" className="btn" disabled={prev === null} onClick={() => prev && goTo(prev)}>
          <span aria-hidden="true">←</span> {t('lessons.ui.prev')}
        </button>
        <button type="button" className="btn btn--primary" disabled={next === null} onClick={() => next && goTo(next)}>
          {t('lessons.ui.next')} <span aria-hidden="true">→</span>
        </button>
      </div>
      <p className="muted small">{t('presenter.speakerView.follows')}</p>
    </div>
  );
}
