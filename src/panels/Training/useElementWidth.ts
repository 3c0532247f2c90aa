import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';

/**
 * The content width of an element in CSS pixels, following resizes (ResizeObserver), so charts
 * draw in real pixels and their text stays readable from a phone to a projector. `fallback`
 * is used before the first measurement and where ResizeObserver is missing (jsdom).
 */
export function useElementWidth<T extends HTMLElement>(fallback: number): [RefObject<T | null>, number] {
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
