import { describe, expect, it } from 'vitest';
import { cellsPerRow, columnX, layoutOf, MIN_COL, windowStart } from '../../../src/panels/Unrolled/layout.ts';

const base = { layers: 1, D: 1, H: 2, outputs: true, focus: 1 };

describe('unrolled layout', () => {
  it('fits every step side by side when they fit, and a window of at least MIN_COL-wide steps otherwise', () => {
    const wide = layoutOf({ ...base, T: 10, width: 1000 });
    expect(wide.windowed).toBe(false);
    expect(wide.count).toBe(10);
    expect(wide.width).toBeLessThanOrEqual(1000);
    const phone = layoutOf({ ...base, T: 10, width: 327 });
    expect(phone.windowed).toBe(true);
    expect(phone.colW).toBeGreaterThanOrEqual(MIN_COL);
    expect(phone.width).toBeLessThanOrEqual(327);
    const long = layoutOf({ ...base, T: 50, width: 1200, focus: 40 });
    expect(long.first).toBeLessThanOrEqual(40);
    expect(long.first + long.count - 1).toBeGreaterThanOrEqual(40);
  });

  it('keeps the window inside 1…T and centred on the cursor', () => {
    expect(windowStart(50, 10, 1)).toBe(1);
    expect(windowStart(50, 10, 25)).toBe(21);
    expect(windowStart(50, 10, 50)).toBe(41);
    expect(windowStart(5, 10, 3)).toBe(1);
  });

  it('stacks layers bottom-up and staggers the two rows of a bidirectional layer apart', () => {
    const L = layoutOf({ T: 6, layers: 2, D: 2, H: 8, outputs: true, width: 900, focus: 1 });
    const y = (layer: number, direction: number): number => L.rows.find((r) => r.row.layer === layer && r.row.direction === direction)!.y;
    expect(y(0, 0)).toBeGreaterThan(y(0, 1));
    expect(y(0, 1)).toBeGreaterThan(y(1, 0));
    expect(L.xNode.y).toBeGreaterThan(y(0, 0) + L.block.h);
    const dx = L.rows.map((r) => r.dx);
    expect(Math.min(...dx)).toBeLessThan(0);
    expect(Math.max(...dx)).toBeGreaterThan(0);
    // Blocks of neighbouring steps never touch: there is room for the U arrow between them.
    expect(columnX(L, 2) - columnX(L, 1) - L.block.w).toBeGreaterThan(10);
  });

  it('draws small states as one row of cells and large ones as a near-square block', () => {
    expect(cellsPerRow(2)).toBe(2);
    expect(cellsPerRow(4)).toBe(4);
    expect(cellsPerRow(64)).toBe(8);
    expect(cellsPerRow(256)).toBe(16);
  });
});
