/**
 * The text column of a step: where it is in the lesson, its title, the explanation, an optional
 * displayed equation, what to look at in the panels, and the quick check.
 */
import type { Ref } from 'react';
import { useT } from '../../i18n/index.ts';
import type { StepRef } from '../../lessons/index.ts';
import { QuickCheck } from './QuickCheck.tsx';
import { RichInline, RichText } from './RichText.tsx';
import { Tex } from '../../panels/shared/Tex.tsx';

type Props = Readonly<{ at: StepRef; headingRef: Ref<HTMLHeadingElement> }>;

/** The explanation of one step. */
export function StepText({ at, headingRef }: Props) {
  const { t } = useT();
  const { lesson, step, lessonNumber, stepNumber } = at;
  return (
    <article className="lesson__text" aria-labelledby="lesson-step-title">
      <p className="eyebrow">
        {t('lessons.ui.lessonLabel', { n: lessonNumber })} · {t(lesson.titleKey)}
      </p>
      <h1 id="lesson-step-title" className="lesson__title" ref={headingRef} tabIndex={-1}>
        {t(step.titleKey)}
      </h1>
      <p className="lesson__stepof muted small num">{t('lessons.ui.stepOf', { step: stepNumber, total: lesson.steps.length })}</p>
      <RichText text={t(step.bodyKey)} className="rich-text lesson__body" />
      {step.equation !== undefined && (
        <figure className="lesson__equation" tabIndex={0} aria-label={t('lessons.ui.equation')}>
          <Tex tex={step.equation} display />
        </figure>
      )}
      {step.highlight !== null && (
        <p className="lesson__look">
          <span className="lesson__look-label">{t('lessons.ui.lookAt')}</span> <RichInline text={t(`lessons.highlight.${step.highlight}`)} />
        </p>
      )}
      {step.quickCheck && <QuickCheck key={`${lesson.id}/${step.id}`} check={step.quickCheck} />}
    </article>
  );
}
