/**
 * Presenter mode's state and its effects on the page: full screen for the lesson element, the
 * type zoom (`--zoom` on the root, which scales every `--fs-*` token), the blank screen, the
 * highlighter pointer and the speaker window.
 *
 * None of it touches the store: entering, leaving, zooming or blanking never pauses, resets or
 * restarts the training run, and panels are not remounted (the lesson element itself goes full
 * screen).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { speakerUrl } from './speakerUrl.ts';
import type { ShowPosition } from './channel.ts';

/** The zoom steps, as factors of the normal type size. */
export const ZOOM_STEPS = [1, 1.15, 1.3, 1.5, 1.75, 2, 2.5] as const;
/** The zoom presenter mode starts with: projector type without overflowing a 1080p screen. */
export const DEFAULT_ZOOM_INDEX = 2;

/** What presenter mode shows. */
export type PresenterState = Readonly<{
  presenting: boolean;
  blank: boolean;
  laser: boolean;
  /** a factor from ZOOM_STEPS */
  zoom: number;
  /** the browser refused full screen (headless, an iframe without permission): the page fills the window instead */
  noFullscreen: boolean;
  /** window.open was blocked */
  speakerBlocked: boolean;
  /** a speaker window was opened from here (the sync channel stays open from then on) */
  speakerOpened: boolean;
}>;

/** Presenter actions. */
export type PresenterControls = PresenterState &
  Readonly<{
    enter: () => void;
    exit: () => void;
    toggleBlank: () => void;
    toggleLaser: () => void;
    zoomBy: (delta: -1 | 1) => void;
    resetZoom: () => void;
    openSpeaker: (at: ShowPosition) => void;
  }>;

/** Presenter mode for the element in `rootRef`. */
export function usePresenter(rootRef: RefObject<HTMLElement | null>): PresenterControls {
  const [presenting, setPresenting] = useState(false);
  const [blank, setBlank] = useState(false);
  const [laser, setLaser] = useState(false);
  const [zoomIndex, setZoomIndex] = useState(DEFAULT_ZOOM_INDEX);
  const [noFullscreen, setNoFullscreen] = useState(false);
  const [speakerBlocked, setSpeakerBlocked] = useState(false);
  const [speakerOpened, setSpeakerOpened] = useState(false);
  const speakerWindow = useRef<Window | null>(null);
  /** the speaker window is opening, so the full-screen exit that follows is not the person's */
  const popupExit = useRef(false);
  /** full screen was lost to the speaker window and should come back on the next click or key */
  const lostFullscreen = useRef(false);

  const exit = useCallback(() => {
    lostFullscreen.current = false;
    setPresenting(false);
    setBlank(false);
    setLaser(false);
    if (typeof document !== 'undefined' && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);

  const enter = useCallback(() => {
    setPresenting(true);
    const el = rootRef.current;
    // Keys go to the page, not to the Present button (where Space would press it again).
    el?.focus({ preventScroll: true });
    if (!el || typeof el.requestFullscreen !== 'function' || document.fullscreenEnabled === false) {
      setNoFullscreen(true);
      return;
    }
    el.requestFullscreen().then(
      () => setNoFullscreen(false),
      // Refused (no user gesture, headless, an iframe without allow="fullscreen"): fill the window instead.
      () => setNoFullscreen(true),
    );
  }, [rootRef]);

  // Leaving full screen by the browser's own means (Esc, F11, a swipe) leaves presenter mode too,
  // except when it was the speaker window's doing: Chrome drops full screen whenever a page opens
  // a window. Then presenter mode stays, and the next click or key in this window restores it.
  useEffect(() => {
    if (!presenting) return;
    const onChange = (): void => {
      if (document.fullscreenElement) return;
      if (popupExit.current) {
        popupExit.current = false;
        lostFullscreen.current = true;
      } else exit();
    };
    const restore = (e: Event): void => {
      const el = rootRef.current;
      if (!lostFullscreen.current || document.fullscreenElement || !el) return;
      if (e instanceof KeyboardEvent && e.key === 'Escape') return;
      lostFullscreen.current = false;
      el.requestFullscreen().catch(() => setNoFullscreen(true));
    };
    document.addEventListener('fullscreenchange', onChange);
    window.addEventListener('keydown', restore, true);
    window.addEventListener('pointerdown', restore, true);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      window.removeEventListener('keydown', restore, true);
      window.removeEventListener('pointerdown', restore, true);
    };
  }, [presenting, exit, rootRef]);

  const zoom = ZOOM_STEPS[zoomIndex] ?? 1;
  useEffect(() => {
    if (!presenting) return;
    const root = document.documentElement;
    root.style.setProperty('--zoom', String(zoom));
    return () => {
      root.style.removeProperty('--zoom');
    };
  }, [presenting, zoom]);

  const openSpeaker = useCallback((at: ShowPosition) => {
    const existing = speakerWindow.current;
    if (existing && !existing.closed) {
      existing.focus();
      return;
    }
    popupExit.current = document.fullscreenElement !== null;
    const win = window.open(speakerUrl(window.location.href, at), 'unroll-speaker', 'popup=yes,width=1000,height=720');
    if (!win) popupExit.current = false;
    speakerWindow.current = win;
    setSpeakerBlocked(win === null);
    if (win) setSpeakerOpened(true);
  }, []);

  return {
    presenting,
    blank,
    laser,
    zoom,
    noFullscreen,
    speakerBlocked,
    speakerOpened,
    enter,
    exit,
    toggleBlank: useCallback(() => setBlank((b) => !b), []),
    toggleLaser: useCallback(() => setLaser((l) => !l), []),
    zoomBy: useCallback((delta: -1 | 1) => setZoomIndex((i) => Math.min(ZOOM_STEPS.length - 1, Math.max(0, i + delta))), []),
    resetZoom: useCallback(() => setZoomIndex(DEFAULT_ZOOM_INDEX), []),
    openSpeaker,
  };
}
