import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en/index.ts';
import { ko } from '../../src/i18n/ko/index.ts';
import { detectLanguage } from '../../src/i18n/index.ts';

type Tree = { readonly [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string): string[] => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();

describe('catalogs', () => {
  const enLeaves = leaves(en as Tree);
  const koLeaves = leaves(ko as Tree);

  it('have exactly the same keys in Korean and English', () => {
    const missingInKo = [...enLeaves.keys()].filter((k) => !koLeaves.has(k));
    const missingInEn = [...koLeaves.keys()].filter((k) => !enLeaves.has(k));
    expect({ missingInKo, missingInEn }).toEqual({ missingInKo: [], missingInEn: [] });
  });

  it('have no empty strings', () => {
    const empty = [...enLeaves, ...koLeaves].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('use the same interpolation placeholders in both languages', () => {
    const diff = [...enLeaves].filter(([k, v]) => placeholders(v).join() !== placeholders(koLeaves.get(k) ?? '').join()).map(([k]) => k);
    expect(diff).toEqual([]);
  });
});

describe('detectLanguage', () => {
  it('prefers the remembered choice over the browser', () => {
    expect(detectLanguage('en', ['ko-KR'])).toBe('en');
  });
  it('falls back to the first supported browser language, then Korean', () => {
    expect(detectLanguage(null, ['fr-FR', 'en-GB'])).toBe('en');
    expect(detectLanguage('garbage', ['ko'])).toBe('ko');
    expect(detectLanguage(null, ['de'])).toBe('ko');
  });
});
