import { useEffect, useRef, useState } from 'react';

/**
 * A value that follows the store but can be dragged locally: the change is committed after a
 * short pause, so dragging a slider restarts the run once, not at every pixel.
 */
export function useDraft<T>(value: T, commit: (v: T) => void, delayMs = 250): [T, (v: T) => void] {
  const [draft, setDraft] = useState<{ v: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current !== null) clearTimeout(timer.current);
  }, []);
  const change = (v: T): void => {
    setDraft({ v });
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      commit(v);
      setDraft(null);
    }, delayMs);
  };
  return [draft === null ? value : draft.v, change];
}
