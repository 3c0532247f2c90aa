import { useCallback, useEffect, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { cursorAt, lastPosition } from '../Equations/cursor.ts';
import type { StepCursor } from '../Equations/types.ts';

/** Time between two steps while playing, ms (long enough for the travelling dot to arrive). */
export const PLAY_INTERVAL_MS = 1100;

/** The step-through's state and actions. */
export type Stepper = Readonly<{
  /** position 0…2T (see cursor.ts) and its decoded cursor */
  position: number;
  cursor: StepCursor;
  playing: boolean;
  next: () => void;
  prev: () => void;
  /** jumps to a position (clamped) and stops playing */
  go: (position: number) => void;
  togglePlay: () => void;
  /** ←/→ step, Space plays or pauses, Home/End jump; ignored while typing in a field */
  onKeyDown: (e: KeyboardEvent) => void;
}>;

const TYPING = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/**
 * The cursor of the step-through for a sequence of length T, starting at the initial state.
 * When T shrinks (a new model), the position is clamped rather than reset, so a student who was
 * at t = 3 stays there while training changes the numbers underneath.
 */
export function useStepper(T: number, start = 0): Stepper {
  const last = lastPosition(T);
  const [raw, setRaw] = useState(start);
  const [wantPlay, setWantPlay] = useState(false);
  const position = Math.max(0, Math.min(last, raw));
  const playing = wantPlay && position < last;

  const go = useCallback((p: number) => {
    setWantPlay(false);
    setRaw(Math.max(0, Math.min(last, p)));
  }, [last]);
  const next = useCallback(() => setRaw((p) => Math.min(last, Math.min(last, p) + 1)), [last]);
  const prev = useCallback(() => setRaw((p) => Math.max(0, Math.min(last, p) - 1)), [last]);
  const togglePlay = useCallback(() => {
    if (playing) {
      setWantPlay(false);
      return;
    }
    if (position >= last) setRaw(0);
    setWantPlay(true);
  }, [playing, position, last]);

  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => setRaw((p) => Math.min(last, p + 1)), PLAY_INTERVAL_MS);
    return () => clearInterval(id);
  }, [playing, last]);

  const onKeyDown = useCallback((e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (TYPING.has(target.tagName) || e.altKey || e.ctrlKey || e.metaKey) return;
    const onButton = target.tagName === 'BUTTON' || target.tagName === 'SUMMARY';
    let handled = true;
    if (e.key === 'ArrowRight') {
      setWantPlay(false);
      next();
    } else if (e.key === 'ArrowLeft') {
      setWantPlay(false);
      prev();
    } else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(last);
    // Space on a button presses that button; elsewhere it plays and pauses.
    else if (e.key === ' ' && !onButton) togglePlay();
    else handled = false;
    if (handled) e.preventDefault();
  }, [next, prev, go, last, togglePlay]);

  return { position, cursor: cursorAt(position, T), playing, next, prev, go, togglePlay, onKeyDown };
}
