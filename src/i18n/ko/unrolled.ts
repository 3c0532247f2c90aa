import type { CatalogOf } from '../types.ts';
import type { unrolled as en } from '../en/unrolled.ts';

/** unrolled 영역의 문자열 (한국어). */
export const unrolled: CatalogOf<typeof en> = {
  title: '펼친 네트워크',
};
