import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeLine } from '../../../src/panels/Code/highlight.ts';
import { pytorchScript } from '../../../src/panels/Code/pytorch.ts';
import { DEFAULT_CONFIG } from '../../../src/worker/config.ts';

describe('tokenizeLine', () => {
  it('splits a line into keywords, definitions, strings, numbers and comments', () => {
    expect(tokenizeLine('def forward(self, x):  # one step')).toEqual([
      { kind: 'keyword', text: 'def' },
      { kind: 'plain', text: ' ' },
      { kind: 'definition', text: 'forward' },
      { kind: 'plain', text: '(' },
      { kind: 'builtin', text: 'self' },
      { kind: 'plain', text: ', x):  ' },
      { kind: 'comment', text: '# one step' },
    ]);
    expect(tokenizeLine('print(f"loss {x:.5f}", 1e-05)').map((t) => t.kind)).toEqual([
      'builtin', 'plain', 'string', 'plain', 'number', 'plain',
    ]);
  });

  it('keeps a "#" inside a string out of the comment', () => {
    expect(tokenizeLine('x = "a # b"  # c').filter((t) => t.kind !== 'plain')).toEqual([
      { kind: 'string', text: '"a # b"' },
      { kind: 'comment', text: '# c' },
    ]);
  });

  it('does not call the digits inside a name a number', () => {
    expect(tokenizeLine('weight_ih_l0 = x2').map((t) => t.kind)).toEqual(['plain']);
  });
});

describe('tokenize', () => {
  it('loses no character of a generated script, including odd input', () => {
    const sources = [pytorchScript(DEFAULT_CONFIG), 'x = "unclosed\n<script>alert(1)</script>\n\t€ 한국어 ✓'];
    for (const source of sources) {
      expect(tokenize(source).map((line) => line.map((t) => t.text).join('')).join('\n')).toBe(source);
    }
  });
});
