import type { CatalogOf } from '../types.ts';
import type { common as en } from '../en/common.ts';

/** common 영역의 문자열 (한국어). */
export const common: CatalogOf<typeof en> = {
  title: '공통',
};
