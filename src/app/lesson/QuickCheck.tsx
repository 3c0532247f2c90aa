/**
 * A quick check at the end of a step: one question, a radio group of answers, a Check button,
 * and feedback in a polite live region so screen readers hear it. Wrong answers can be retried;
 * nothing is graded or stored.
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useT } from '../../i18n/index.ts';
import type { QuickCheck as QuickCheckData } from '../../lessons/index.ts';
import { RichInline } from './RichText.tsx';

type Props = Readonly<{ check: QuickCheckData }>;

type Verdict = Readonly<{ choiceId: string; correct: boolean }> | 'none-chosen' | null;

/** The quick check of one step; give it a `key` per step so a new step starts unanswered. */
export function QuickCheck({ check }: Props) {
  const { t } = useT();
  const id = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<Verdict>(null);

  const onSubmit = (e: FormEvent): void => {
    e.preventDefault();
    const choice = check.choices.find((c) => c.id === chosen);
    setVerdict(choice ? { choiceId: choice.id, correct: choice.correct } : 'none-chosen');
  };

  const answered = verdict !== null && verdict !== 'none-chosen' ? check.choices.find((c) => c.id === verdict.choiceId) : undefined;

  return (
    <form className={`quick-check quick-check--${check.kind}`} onSubmit={onSubmit} aria-labelledby={`${id}-kind`}>
      <p className="quick-check__kind" id={`${id}-kind`}>
        {t(check.kind === 'predict' ? 'lessons.ui.check.predict' : 'lessons.ui.check.choice')}
      </p>
      <p className="quick-check__prompt" id={`${id}-prompt`}>
        <RichInline text={t(check.promptKey)} />
      </p>
      <div role="radiogroup" aria-labelledby={`${id}-prompt`} className="quick-check__choices">
        {check.choices.map((c) => (
          <label key={c.id} className="quick-check__choice">
            <input
              type="radio"
              name={`${id}-choice`}
              value={c.id}
              checked={chosen === c.id}
              onChange={() => {
                setChosen(c.id);
                setVerdict(null);
              }}
            />
            <span>
              <RichInline text={t(c.labelKey)} />
            </span>
          </label>
        ))}
      </div>
      <div className="row gap-s wrap">
        <button type="submit" className="btn btn--primary">
          {t('lessons.ui.check.submit')}
        </button>
      </div>
      <div className="quick-check__feedback" role="status" aria-live="polite">
        {verdict === 'none-chosen' && <p className="message message--warn">{t('lessons.ui.check.pickFirst')}</p>}
        {answered && verdict !== null && verdict !== 'none-chosen' && (
          <p className={verdict.correct ? 'message message--ok' : 'message message--warn'}>
            <strong>{t(verdict.correct ? 'lessons.ui.check.correct' : 'lessons.ui.check.incorrect')}</strong>{' '}
            <RichInline text={t(answered.feedbackKey)} />
            {!verdict.correct && <span className="quick-check__again"> {t('lessons.ui.check.again')}</span>}
          </p>
        )}
      </div>
    </form>
  );
}
