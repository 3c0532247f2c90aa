import { useEffect, useRef, useState } from 'react';

/**
 * `value`, but changing at most once every `ms` milliseconds (the newest value always arrives,
 * at most `ms` late). With `ms` ≤ 0 it is `value` itself. The Unrolled panel uses it while
 * training runs: the worker may send a new trace every frame, and redrawing thousands of SVG
 * cells 30 times a second would starve the step-through controls for no visible gain.
 */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    if (ms <= 0) return;
    const wait = Math.max(0, last.current + ms - performance.now());
    const id = setTimeout(() => {
      last.current = performance.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(id);
  }, [value, ms]);
  return ms <= 0 ? value : shown;
}
