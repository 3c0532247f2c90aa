import { useEffect } from 'react';
import type { RefObject } from 'react';
import { isTerm } from './types.ts';
import type { Term } from './types.ts';

/**
 * Links the `data-term` pieces inside `ref` (KaTeX output, SVG arrows) to a shared highlight:
 * pointing at a piece reports its term, and every piece whose term is highlighted gets the class
 * `is-hl`. Event delegation on the container, because KaTeX's markup is not React's to attach
 * handlers to. The classes are re-applied after every render since new HTML drops them.
 */
export function useTermLink(
  ref: RefObject<HTMLElement | SVGElement | null>,
  highlight: Term | null,
  onHighlight: ((term: Term | null) => void) | undefined,
): void {
  useEffect(() => {
    const el = ref.current;
    if (el === null || onHighlight === undefined) return;
    const over = (e: Event): void => {
      const hit = (e.target as Element | null)?.closest?.('[data-term]');
      const term = hit?.getAttribute('data-term');
      if (isTerm(term)) onHighlight(term);
    };
    const out = (e: Event): void => {
      const to = (e as MouseEvent).relatedTarget as Element | null;
      if (to === null || !el.contains(to) || to.closest('[data-term]') === null) onHighlight(null);
    };
    el.addEventListener('mouseover', over);
    el.addEventListener('mouseout', out);
    return () => {
      el.removeEventListener('mouseover', over);
      el.removeEventListener('mouseout', out);
    };
  }, [ref, onHighlight]);

  useEffect(() => {
    const el = ref.current;
    if (el === null) return;
    for (const node of el.querySelectorAll('[data-term]')) {
      node.classList.toggle('is-hl', highlight !== null && node.getAttribute('data-term') === highlight);
    }
  });
}
