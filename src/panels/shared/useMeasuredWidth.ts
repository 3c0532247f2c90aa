import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';

/**
 * The content width of an element in CSS pixels, following resizes, so a chart draws in real
 * pixels and its text stays readable from a 375 px phone to a 1920 px projector. `fallback` is
 * used before the first measurement and where ResizeObserver is missing (jsdom).
 */
export function useMeasuredWidth<T extends HTMLElement>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const el = ref.current;
    if (el === null || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined && w > 0) setWidth(Math.round(w));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}
