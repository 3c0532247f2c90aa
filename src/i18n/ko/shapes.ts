import type { CatalogOf } from '../types.ts';
import type { shapes as en } from '../en/shapes.ts';

/** shapes 영역의 문자열 (한국어). */
export const shapes: CatalogOf<typeof en> = {
  title: '텐서 모양',
};
