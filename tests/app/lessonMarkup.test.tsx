import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkup } from '../../src/app/lesson/markup.ts';
import { RichText } from '../../src/app/lesson/RichText.tsx';

describe('parseInline', () => {
  it('splits bold, emphasis, code and TeX from plain text', () => {
    expect(parseInline('a **b** *c* `d.e` $x_t$ f')).toEqual([
      { kind: 'text', value: 'a ' },
      { kind: 'strong', value: 'b' },
      { kind: 'text', value: ' ' },
      { kind: 'em', value: 'c' },
      { kind: 'text', value: ' ' },
      { kind: 'code', value: 'd.e' },
      { kind: 'text', value: ' ' },
      { kind: 'tex', value: 'x_t' },
      { kind: 'text', value: ' f' },
    ]);
  });

  it('leaves an unmatched marker as a visible character', () => {
    expect(parseInline('costs $5 and 2 * 3')).toEqual([{ kind: 'text', value: 'costs $5 and 2 * 3' }]);
  });
});

describe('parseMarkup', () => {
  it('makes paragraphs from blank lines and lists from "- " lines', () => {
    const blocks = parseMarkup('One\ntwo.\n\nIntro:\n- first\n- **second**\n\nEnd.');
    expect(blocks.map((b) => b.kind)).toEqual(['p', 'p', 'ul', 'p']);
    expect(blocks[0]).toEqual({ kind: 'p', inlines: [{ kind: 'text', value: 'One two.' }] });
    expect(blocks[2]).toMatchObject({ kind: 'ul', items: [[{ value: 'first' }], [{ kind: 'strong', value: 'second' }]] });
  });
});

describe('RichText', () => {
  it('renders markup as elements and TeX with KaTeX, never catalog text as HTML', () => {
    const { container } = render(<RichText text={'**Hi** <img src=x onerror=alert(1)> $h_t$\n\n- `code`'} />);
    expect(container.querySelector('strong')?.textContent).toBe('Hi');
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.querySelector('.katex')).not.toBeNull();
    expect(container.querySelector('li code')?.textContent).toBe('code');
  });
});
