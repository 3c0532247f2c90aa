/**
 * Read-only source code with token colours from the design system. React owns the DOM: every
 * token is a text node in a span, so nothing in the code can ever be interpreted as HTML.
 */
import { useMemo } from 'react';
import { tokenize } from './highlight.ts';

type Props = Readonly<{
  code: string;
  /** accessible name of the scrollable region, e.g. the file name */
  label: string;
}>;

/** The code in a focusable, scrollable `<pre>` (keyboard users can scroll it too). */
export function CodeBlock({ code, label }: Props) {
  const lines = useMemo(() => tokenize(code.endsWith('\n') ? code.slice(0, -1) : code), [code]);
  return (
    // The region is focusable so keyboard users can scroll wide lines (WCAG 2.1.1).
    <pre className="code-block" tabIndex={0} role="region" aria-label={label}>
      <code>
        {lines.map((tokens, i) => (
          <span key={i} className="code-block__line">
            {tokens.map((t, j) =>
              t.kind === 'plain' ? t.text : (
                <span key={j} className={`tok tok--${t.kind}`}>
                  {t.text}
                </span>
              ),
            )}
            {'\n'}
          </span>
        ))}
      </code>
    </pre>
  );
}
