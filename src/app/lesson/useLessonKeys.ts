/** Listens for lesson and presenter keys on the window and runs the matching action (see keys.ts). */
import { useEffect, useRef } from 'react';
import { keyAction, keyPressOf } from './keys.ts';
import type { KeyAction } from './keys.ts';

/** One handler per action; a missing handler leaves the key to the browser. */
export type KeyHandlers = Partial<Record<KeyAction, () => void>>;

/** Handles keys while mounted; `presenting` switches on the presenter keys. */
export function useLessonKeys(presenting: boolean, handlers: KeyHandlers): void {
  // Handlers change every render; the listener reads the newest without re-subscribing.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.repeat) return;
      const action = keyAction(keyPressOf(e), presenting);
      const run = action === null ? undefined : latest.current[action];
      if (!run) return;
      e.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting]);
}
