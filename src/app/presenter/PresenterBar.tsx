/**
 * The presenter toolbar: every keyboard shortcut also as a labelled button, so presenter mode
 * works with a mouse or a touch screen, and a screen reader can name each control.
 */
import { formatNumber, useT } from '../../i18n/index.ts';
import type { PresenterControls } from './usePresenter.ts';

type Props = Readonly<{
  controls: PresenterControls;
  /** "Lesson 2 · step 3 of 5" */
  position: string;
  onPrev: (() => void) | null;
  onNext: (() => void) | null;
  onSpeaker: () => void;
}>;

/** The bar at the bottom of the screen in presenter mode. */
export function PresenterBar({ controls, position, onPrev, onNext, onSpeaker }: Props) {
  const { t } = useT();
  const c = controls;
  return (
    <div className="presenter-bar" role="toolbar" aria-label={t('presenter.toolbar')}>
      <button type="button" className="presenter-bar__btn" onClick={onPrev ?? undefined} disabled={onPrev === null} aria-label={t('presenter.prev')} title={t('presenter.prev')}>
        <span aria-hidden="true">←</span>
      </button>
      <span className="presenter-bar__pos num">{position}</span>
      <button type="button" className="presenter-bar__btn" onClick={onNext ?? undefined} disabled={onNext === null} aria-label={t('presenter.next')} title={t('presenter.next')}>
        <span aria-hidden="true">→</span>
      </button>
      <span className="presenter-bar__sep" aria-hidden="true" />
      <button type="button" className="presenter-bar__btn" onClick={() => c.zoomBy(-1)} aria-label={t('presenter.zoomOut')} title={t('presenter.zoomOut')}>
        <span aria-hidden="true">A−</span>
      </button>
      <span className="presenter-bar__zoom num" aria-live="polite">
        {t('presenter.zoomLevel', { percent: formatNumber(c.zoom, { style: 'percent' }) })}
      </span>
      <button type="button" className="presenter-bar__btn" onClick={() => c.zoomBy(1)} aria-label={t('presenter.zoomIn')} title={t('presenter.zoomIn')}>
        <span aria-hidden="true">A+</span>
      </button>
      <button type="button" className="presenter-bar__btn" aria-pressed={c.laser} onClick={c.toggleLaser} aria-label={t('presenter.laser')} title={t('presenter.laser')}>
        <span aria-hidden="true">◉</span>
      </button>
      <button type="button" className="presenter-bar__btn" aria-pressed={c.blank} onClick={c.toggleBlank} aria-label={t('presenter.blank')} title={t('presenter.blank')}>
        <span aria-hidden="true">■</span>
      </button>
      <button type="button" className="presenter-bar__btn" onClick={onSpeaker} aria-label={t('presenter.speaker')} title={t('presenter.speaker')}>
        <span aria-hidden="true">▤</span>
      </button>
      <button type="button" className="presenter-bar__btn presenter-bar__exit" onClick={c.exit} aria-label={t('presenter.exit')} title={t('presenter.exit')}>
        <span aria-hidden="true">✕</span>
      </button>
      <p className="presenter-bar__note" role="status">
        {c.speakerBlocked ? t('presenter.speakerBlocked') : c.noFullscreen ? t('presenter.noFullscreen') : null}
      </p>
    </div>
  );
}
