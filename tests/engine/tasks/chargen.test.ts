import { describe, expect, it } from 'vitest';
import { GEN_WORDS, encodeStartLetter, makeCharGen } from '../../../src/engine/tasks/chargen.ts';
import { WORDS } from '../../../src/engine/tasks/words.ts';
import { classLabels, classTargets, hotIndex, row, tokenAt } from './check.ts';

describe('chargen', () => {
  it('uses words from the word list with distinct first letters', () => {
    for (const w of GEN_WORDS) expect(WORDS).toContain(w);
    expect(new Set(GEN_WORDS.map((w) => w[0])).size).toBe(GEN_WORDS.length);
  });

  it('is one-to-many: the start letter at t = 0 and zero rows after', () => {
    const ds = makeCharGen({}, 1);
    expect(ds.arrangement).toBe('one-to-many');
    expect([ds.n, ds.T]).toEqual([GEN_WORDS.length, 3]);
    GEN_WORDS.forEach((w, i) => {
      expect(tokenAt(ds, i, 0)).toBe(w[0]);
      expect(hotIndex(row(ds, i, 1))).toBe(-1);
      expect(hotIndex(row(ds, i, 2))).toBe(-1);
    });
  });

  it('targets the remaining letters, so "l" generates "ove"', () => {
    const ds = makeCharGen({}, 1);
    const y = classTargets(ds);
    const labels = classLabels(ds);
    GEN_WORDS.forEach((w, i) => {
      expect([0, 1, 2].map((t) => labels[y[i * 3 + t]!]).join('')).toBe(w.slice(1));
    });
    expect(ds.sampleText?.[0]).toBe('l → ove');
  });

  it('encodes a start letter like the training samples', () => {
    const ds = makeCharGen({}, 1);
    expect(Array.from(encodeStartLetter('l'))).toEqual(Array.from(ds.x.subarray(0, 3 * ds.inputSize)));
  });
});
