/** Renders lesson markup (see markup.ts) as React elements; TeX goes through the shared <Tex> (panels/shared/Tex.tsx). */
import { Fragment, useMemo } from 'react';
import type { Inline } from './markup.ts';
import { parseInline, parseMarkup } from './markup.ts';
import { Tex } from '../../panels/shared/Tex.tsx';

function Inlines({ inlines }: Readonly<{ inlines: readonly Inline[] }>) {
  return (
    <>
      {inlines.map((run, i) => {
        switch (run.kind) {
          case 'text':
            return <Fragment key={i}>{run.value}</Fragment>;
          case 'strong':
            return <strong key={i}>{run.value}</strong>;
          case 'em':
            return <em key={i}>{run.value}</em>;
          case 'code':
            return <code key={i}>{run.value}</code>;
          case 'tex':
            return <Tex key={i} tex={run.value} className="tex" />;
        }
      })}
    </>
  );
}

/** One line of markup without paragraphs (labels, prompts, feedback). */
export function RichInline({ text }: Readonly<{ text: string }>) {
  const inlines = useMemo(() => parseInline(text), [text]);
  return <Inlines inlines={inlines} />;
}

type Props = Readonly<{ text: string; className?: string }>;

/** A block of lesson text: paragraphs and bullet lists with bold, emphasis, code and TeX. */
export function RichText({ text, className }: Props) {
  const blocks = useMemo(() => parseMarkup(text), [text]);
  return (
    <div className={className ?? 'rich-text'}>
      {blocks.map((b, i) =>
        b.kind === 'p' ? (
          <p key={i}>
            <Inlines inlines={b.inlines} />
          </p>
        ) : (
          <ul key={i}>
            {b.items.map((item, j) => (
              <li key={j}>
                <Inlines inlines={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
