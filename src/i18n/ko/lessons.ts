import type { CatalogOf } from '../types.ts';
import type { lessons as en } from '../en/lessons.ts';

/** lessons 영역의 문자열 (한국어). */
export const lessons: CatalogOf<typeof en> = {
  title: '강의',
};
