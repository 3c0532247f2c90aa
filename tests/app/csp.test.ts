import { describe, expect, it } from 'vitest';
import { CSP } from '../../vite.config.ts';

const directive = (name: string): string[] => {
  const found = CSP.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === name);
  return found ? found.slice(1) : [];
};

describe('Content-Security-Policy', () => {
  it('allows scripts only from the app itself: no eval, no inline code, no other hosts', () => {
    const scripts = directive('script-src');
    expect(scripts).toEqual(["'self'"]);
    expect(CSP).not.toContain('unsafe-eval');
    expect(CSP).not.toMatch(/https?:/);
  });

  it('keeps every fetch, font and image on the same origin', () => {
    expect(directive('default-src')).toEqual(["'self'"]);
    expect(directive('connect-src')).toEqual(["'self'"]);
    expect(directive('font-src')).not.toContain('*');
    expect(directive('object-src')).toEqual(["'none'"]);
  });
});
