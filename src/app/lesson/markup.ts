/**
 * The tiny markup lesson texts may use, parsed into data that RichText renders as React
 * elements. Catalog strings are never inserted as HTML: only KaTeX's own output is, and only
 * for the TeX between dollar signs.
 *
 *   blank line        new paragraph
 *   "- " at line start  bullet item (consecutive items form one list)
 *   **bold**  *emphasis*  `code`  $tex$
 *
 * Anything unmatched (a lone `*` or `$`) stays literal text, so a typo shows up as a visible
 * character rather than swallowing the rest of the paragraph.
 */

/** A run of inline content. */
export type Inline = Readonly<{ kind: 'text' | 'strong' | 'em' | 'code' | 'tex'; value: string }>;

/** A paragraph or a bullet list. */
export type Block = Readonly<{ kind: 'p'; inlines: readonly Inline[] }> | Readonly<{ kind: 'ul'; items: readonly (readonly Inline[])[] }>;

// Order matters: ** before *, so bold is not read as two emphases.
const INLINE = /\*\*([^*\n]+)\*\*|`([^`\n]+)`|\$([^$\n]+)\$|\*([^*\s][^*\n]*)\*/g;

/** Splits one line or paragraph into inline runs. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  const push = (kind: Inline['kind'], value: string): void => {
    const prev = out.at(-1);
    if (kind === 'text' && prev?.kind === 'text') out[out.length - 1] = { kind, value: prev.value + value };
    else if (value !== '') out.push({ kind, value });
  };
  for (const m of text.matchAll(INLINE)) {
    push('text', text.slice(at, m.index));
    if (m[1] !== undefined) push('strong', m[1]);
    else if (m[2] !== undefined) push('code', m[2]);
    else if (m[3] !== undefined) push('tex', m[3]);
    else if (m[4] !== undefined) push('em', m[4]);
    at = m.index + m[0].length;
  }
  push('text', text.slice(at));
  return out;
}

/** Parses a whole text into paragraphs and lists. */
export function parseMarkup(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    let para: string[] = [];
    let items: Inline[][] = [];
    const flushPara = (): void => {
      if (para.length > 0) blocks.push({ kind: 'p', inlines: parseInline(para.join(' ')) });
      para = [];
    };
    const flushList = (): void => {
      if (items.length > 0) blocks.push({ kind: 'ul', items });
      items = [];
    };
    for (const line of lines) {
      if (line.startsWith('- ')) {
        flushPara();
        items.push(parseInline(line.slice(2)));
      } else {
        flushList();
        para.push(line);
      }
    }
    flushPara();
    flushList();
  }
  return blocks;
}
