import type { CatalogOf } from '../types.ts';
import type { architectures as en } from '../en/architectures.ts';

/** architectures 영역의 문자열 (한국어). */
export const architectures: CatalogOf<typeof en> = {
  title: '구조',
};
