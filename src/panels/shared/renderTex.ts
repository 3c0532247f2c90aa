/**
 * TeX → HTML with KaTeX's `renderToString`, never throwing (a typo in a formula shows red source
 * text instead of crashing the panel). Rendered by the `<Tex>` component (Tex.tsx).
 *
 * `\htmlData{term=W}{W}` is the only "trusted" command: it tags a piece of a formula with a
 * `data-term` attribute so panels can link a term to the drawing it names (hover a term, the
 * arrow lights up). Every other trust-needing command (`\href`, `\includegraphics`, …) stays off.
 */
import katex from 'katex';
import type { KatexOptions } from 'katex';

const OPTIONS: KatexOptions = {
  throwOnError: false,
  // Only our own data attributes; no links, classes, ids or styles from TeX source.
  trust: (ctx) => ctx.command === '\\htmlData',
  strict: 'ignore',
  output: 'htmlAndMathml',
};

/**
 * Least-recently-used, bounded by the characters it holds rather than by entries: the live-number
 * formulas are new on every training frame and run to ~25 KB of HTML each, so an entry cap let the
 * cache swing by megabytes (seen in `npm run soak`), while the symbolic formulas, which do repeat,
 * are a few entries that recent use keeps at the young end.
 */
export const TEX_CACHE_CHARS = 2_000_000;
const cache = new Map<string, string>();
let cachedChars = 0;
const cacheKey = (tex: string, display: boolean) => (display ? 'D' : 'I') + tex;

/**
 * KaTeX's HTML (with MathML for screen readers) for `tex`. Results are memoised: panels re-render
 * every animation frame while training, and the same formulas come back again and again.
 */
export function renderTex(tex: string, display = false): string {
  const key = cacheKey(tex, display);
  let html = cache.get(key);
  if (html !== undefined) {
    // Map keeps insertion order: moving a hit to the end makes the first key the least recent.
    cache.delete(key);
    cache.set(key, html);
    return html;
  }
  html = katex.renderToString(tex, { ...OPTIONS, displayMode: display });
  cache.set(key, html);
  cachedChars += key.length + html.length;
  for (const [oldKey, oldHtml] of cache) {
    if (cachedChars <= TEX_CACHE_CHARS || oldKey === key) break;
    cache.delete(oldKey);
    cachedChars -= oldKey.length + oldHtml.length;
  }
  return html;
}

/** What the cache holds, for tests: whether `tex` is cached, and the characters held in all. */
export function texCacheState(tex: string, display = false): { cached: boolean; chars: number } {
  return { cached: cache.has(cacheKey(tex, display)), chars: cachedChars };
}
