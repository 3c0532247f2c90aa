import { describe, expect, it } from 'vitest';
import { boxGeometry, edgeLength, MAX_DIVISIONS } from '../../../src/panels/Shapes/box.ts';

const segments = (d: string): number => (d.match(/M/g) ?? []).length;

describe('boxGeometry', () => {
  it('draws a bigger axis longer, from size 1 up to the cap', () => {
    const sizes = [1, 2, 4, 6, 10, 64, 100, 512, 4096];
    const lengths = sizes.map(edgeLength);
    lengths.slice(1).forEach((len, i) => expect(len).toBeGreaterThan(lengths[i] ?? Infinity));
    expect(edgeLength(1)).toBeGreaterThan(0);
    expect(edgeLength(1e9)).toBe(edgeLength(1e12));
  });

  it('draws one line per boundary between slices on the two visible faces, and none past the limit', () => {
    for (const axis of [0, 1, 2] as const) {
      expect(segments(boxGeometry([4, 6, 8], { divide: { axis, count: 6 } }).divisions), `axis ${axis}`).toBe(2 * 5);
    }
    expect(boxGeometry([4, 6, 8], { divide: { axis: 1, count: MAX_DIVISIONS + 1 } }).divisions).toBe('');
    expect(boxGeometry([4, 1, 8], { divide: { axis: 1, count: 1 } }).divisions).toBe('');
  });

  it('swaps which edge is long when the first two dims swap (what batch_first looks like)', () => {
    const bf = boxGeometry([8, 100, 1]);
    const tm = boxGeometry([100, 8, 1]);
    const len = (d: string): number => {
      const [x1, y1, x2, y2] = (d.match(/-?[\d.]+/g) ?? []).map(Number);
      return Math.hypot((x2 ?? 0) - (x1 ?? 0), (y2 ?? 0) - (y1 ?? 0));
    };
    expect(len(bf.edges[1])).toBeCloseTo(edgeLength(100), 0);
    expect(len(tm.edges[1])).toBeCloseTo(edgeLength(8), 0);
    expect(len(tm.edges[0])).toBeGreaterThan(len(bf.edges[0]));
  });

  it('shades the second half of the features only when asked', () => {
    expect(boxGeometry([2, 3, 4]).secondHalf).toBe('');
    expect(segments(boxGeometry([2, 3, 4], { splitHeight: true }).secondHalf)).toBe(2);
  });
});
