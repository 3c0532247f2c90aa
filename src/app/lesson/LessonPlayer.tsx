/**
 * The lesson player for `#/lesson/:n/step/:m`: the step's text beside its live panels, previous /
 * next and step dots, keyboard navigation, and presenter mode. Loaded lazily (KaTeX comes with it).
 *
 * The player stays mounted while the step changes, so presenter mode (full screen, zoom, blank)
 * survives navigation and panels shown by consecutive steps are not remounted.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useT } from '../../i18n/index.ts';
import { findStep, nextStep, previousStep } from '../../lessons/index.ts';
import type { StepPosition } from '../../lessons/index.ts';
import { useAppStore } from '../../state/index.ts';
import { BlankScreen } from '../presenter/BlankScreen.tsx';
import { LaserPointer } from '../presenter/LaserPointer.tsx';
import { PresenterBar } from '../presenter/PresenterBar.tsx';
import { usePresenter } from '../presenter/usePresenter.ts';
import { usePresenterSync } from '../presenter/usePresenterSync.ts';
import { routeToHash } from '../route.ts';
import { useHashRoute } from '../useHashRoute.ts';
import { LessonMissing } from './LessonMissing.tsx';
import { PanelArea } from './PanelArea.tsx';
import { StepNav } from './StepNav.tsx';
import { StepText } from './StepText.tsx';
import { useLessonKeys } from './useLessonKeys.ts';
import { useStepEffects } from './useStepEffects.ts';
import './lesson.css';
import '../presenter/presenter.css';

type Props = Readonly<{ lesson: number; step: number }>;

const EMPTY: readonly string[] = [];

/** Moves the page to a step (the hash is the single source of the position). */
function goTo(p: StepPosition): void {
  window.location.hash = routeToHash({ kind: 'lesson', lesson: p.lesson, step: p.step });
}

/** The lesson step page. */
export default function LessonPlayer({ lesson, step }: Props) {
  const { t } = useT();
  const { query } = useHashRoute();
  const rootRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const lookup = findStep(lesson, step);
  const at = lookup.ok ? lookup.ref : null;
  const presenter = usePresenter(rootRef);
  const visited = useAppStore((s) => (at ? (s.progress.visited[at.lesson.id] ?? EMPTY) : EMPTY));

  useStepEffects(at, query);

  const position = { lesson, step };
  const prev = at ? previousStep(position) : null;
  const next = at ? nextStep(position) : null;
  const goPrev = prev ? () => goTo(prev) : null;
  const goNext = next ? () => goTo(next) : null;
  const { openSpeaker: open } = presenter;
  const openSpeaker = useCallback(() => open({ lesson, step }), [open, lesson, step]);

  usePresenterSync({ enabled: presenter.presenting || presenter.speakerOpened, position, navigate: goTo });

  useLessonKeys(presenter.presenting, {
    next: () => goNext?.(),
    prev: () => goPrev?.(),
    present: presenter.enter,
    exit: presenter.exit,
    blank: presenter.toggleBlank,
    'zoom-in': () => presenter.zoomBy(1),
    'zoom-out': () => presenter.zoomBy(-1),
    'zoom-reset': presenter.resetZoom,
    laser: presenter.toggleLaser,
    speaker: openSpeaker,
  });

  // A new step: bring its title into view and give it focus, unless focus is still on a control
  // that survived the change (the Next button), which a keyboard user would want to keep.
  const stepKey = at ? `${at.lessonNumber}/${at.stepNumber}` : null;
  const firstStep = useRef(stepKey);
  useEffect(() => {
    if (stepKey === null || stepKey === firstStep.current) return;
    firstStep.current = null;
    const active = document.activeElement;
    if (active === null || active === document.body || !active.isConnected || active === headingRef.current) headingRef.current?.focus();
    rootRef.current?.scrollTo?.({ top: 0 });
    if (!presenter.presenting) window.scrollTo?.({ top: 0 });
  }, [stepKey, presenter.presenting]);

  const className = ['lesson', presenter.presenting ? 'lesson--presenting' : '', presenter.laser ? 'lesson--laser' : ''].filter(Boolean).join(' ');
  return (
    <div ref={rootRef} className={className} data-layout={at?.step.layout} tabIndex={-1}>
      {!lookup.ok && <LessonMissing lookup={lookup} step={step} />}
      {at && (
        <>
          <nav className="lesson__crumbs small" aria-label={t('lessons.ui.breadcrumb')}>
            <a href="#/lessons">{t('lessons.ui.allLessons')}</a>
            <span aria-hidden="true"> / </span>
            <span>{t('lessons.ui.lessonLabel', { n: at.lessonNumber })}</span>
          </nav>
          <div className="lesson__grid">
            <StepText at={at} headingRef={headingRef} />
            <PanelArea panels={at.step.panels} layout={at.step.layout} />
          </div>
          <StepNav at={at} prev={prev} next={next} visited={visited} onPresent={presenter.enter} />
          <p className="visually-hidden" role="status">
            {t('lessons.ui.stepOf', { step: at.stepNumber, total: at.lesson.steps.length })}: {t(at.step.titleKey)}
          </p>
        </>
      )}
      {presenter.presenting && (
        <PresenterBar
          controls={presenter}
          position={t('presenter.position', { lesson, step, total: at?.lesson.steps.length ?? 0 })}
          onPrev={goPrev}
          onNext={goNext}
          onSpeaker={openSpeaker}
        />
      )}
      {presenter.presenting && presenter.laser && <LaserPointer />}
      {presenter.presenting && presenter.blank && <BlankScreen onShow={presenter.toggleBlank} />}
    </div>
  );
}
