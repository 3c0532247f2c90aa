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

const cache = new Map<string, string>();

/**
 * KaTeX's HTML (with MathML for screen readers) for `tex`. Results are memoised: panels re-render
 * every animation frame while training, and the same formulas come back again and again.
 */
export function renderTex(tex: string, display = false): string {
  const key = (display ? 'D' : 'I') + tex;
  let html = cache.get(key);
  if (html === undefined) {
    html = katex.renderToString(tex, { ...OPTIONS, displayMode: display });
    if (cache.size > 500) cache.clear();
    cache.set(key, html);
  }
  return html;
}

