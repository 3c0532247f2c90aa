/**
 * The colour scales stay readable with deuteranopia (the most common colour-vision deficiency):
 * simulate it (Machado, Oliveira & Fernandes 2009, severity 1) and measure CIE ΔE*ab in Lab.
 * A red–green diverging scale is the negative control: the same checks must fail for it.
 */
import { describe, expect, it } from 'vitest';
import { lab, rgb } from 'd3-color';
import { interpolateRdYlGn, interpolateViridis } from 'd3-scale-chromatic';
import { divergingColor, divergingInterpolator } from '../../../src/panels/shared/diverging.ts';

const MACHADO_DEUTAN = [
  [0.367322, 0.860646, -0.227968],
  [0.280085, 0.672501, 0.047413],
  [-0.01182, 0.04294, 0.968881],
] as const;

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);

/** The colour as a deuteranope sees it, in Lab. */
function deutan(color: string) {
  const c = rgb(color);
  const lin = [c.r, c.g, c.b].map((v) => toLinear(v / 255));
  const sim = MACHADO_DEUTAN.map((row) => row.reduce((s, m, i) => s + m * (lin[i] ?? 0), 0));
  const [r, g, b] = sim.map((v) => 255 * toSrgb(Math.min(1, Math.max(0, v))));
  return lab(rgb(r ?? 0, g ?? 0, b ?? 0));
}

const deltaE = (a: string, b: string) => {
  const p = deutan(a);
  const q = deutan(b);
  return Math.hypot(p.l - q.l, p.a - q.a, p.b - q.b);
};

/** The checks a diverging scale must pass: the sign of a value is readable, and so is its size. */
function divergingReadable(interp: (t: number) => string): string[] {
  const faults: string[] = [];
  const ends = deltaE(interp(0), interp(1));
  if (ends < 40) faults.push(`ends only ΔE ${ends.toFixed(1)} apart`);
  for (const t of [0.2, 0.35]) {
    const d = deltaE(interp(0.5 - t), interp(0.5 + t));
    if (d < 15) faults.push(`−/+ at ±${t} only ΔE ${d.toFixed(1)} apart`);
  }
  const stops = Array.from({ length: 9 }, (_, i) => interp(i / 8));
  for (let i = 1; i < stops.length; i++) {
    const d = deltaE(stops[i - 1] ?? '', stops[i] ?? '');
    if (d < 5) faults.push(`legend stops ${i - 1} and ${i} only ΔE ${d.toFixed(1)} apart`);
  }
  return faults;
}

describe('colour scales under deuteranopia', () => {
  it('the diverging scale of states and gradients keeps sign and size apart', () => {
    expect(divergingReadable(divergingInterpolator)).toEqual([]);
    const color = divergingColor(2);
    expect(deltaE(color(-1.5), color(1.5))).toBeGreaterThan(15);
  });

  it('a red–green diverging scale fails the same checks (the test can fail)', () => {
    expect(divergingReadable(interpolateRdYlGn).some((f) => f.startsWith('−/+'))).toBe(true);
  });

  it('the sequential scale (viridis) stays ordered by lightness, every legend stop apart', () => {
    const stops = Array.from({ length: 11 }, (_, i) => interpolateViridis(i / 10));
    const lightness = stops.map((s) => deutan(s).l);
    for (let i = 1; i < lightness.length; i++) expect(lightness[i]).toBeGreaterThan(lightness[i - 1] ?? Infinity);
    for (let i = 1; i < stops.length; i++) expect(deltaE(stops[i - 1] ?? '', stops[i] ?? '')).toBeGreaterThan(5);
  });
});
