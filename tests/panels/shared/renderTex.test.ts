import { describe, expect, it } from 'vitest';
import { renderTex, TEX_CACHE_CHARS, texCacheState } from '../../../src/panels/shared/renderTex.ts';

/** A live-number formula like the Equations panel's: a 6×6 matrix of distinct numbers, new every frame. */
const live = (frame: number) =>
  `h_{${frame}} = \\begin{pmatrix}${Array.from({ length: 6 }, (_, r) => Array.from({ length: 6 }, (_, c) => (frame + r * 0.1 + c * 0.01).toFixed(3)).join(' & ')).join(' \\\\ ')}\\end{pmatrix}`;

describe('the TeX cache', () => {
  it('stays within its character budget, keeps the formula in use and drops the stale ones', () => {
    const symbolic = 'h_t = \\tanh(W x_t + U h_{t-1} + b)';
    const first = renderTex(live(0), true);
    let frames = 1;
    while (texCacheState(live(0), true).cached) {
      renderTex(live(frames++), true);
      if (frames % 5 === 0) renderTex(symbolic, true);
      expect(frames).toBeLessThan(5000);
    }
    expect(texCacheState(symbolic, true).cached).toBe(true);
    expect(texCacheState(live(frames - 1), true).cached).toBe(true);
    expect(texCacheState(symbolic).chars).toBeLessThanOrEqual(TEX_CACHE_CHARS);
    // Evicted the hard way, rendered again the same.
    expect(renderTex(live(0), true)).toBe(first);
    expect(first).toContain('0.510');
  });
});
