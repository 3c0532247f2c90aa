import type { CatalogOf } from '../types.ts';
import type { gradients as en } from '../en/gradients.ts';

/** gradients 영역의 문자열 (한국어). */
export const gradients: CatalogOf<typeof en> = {
  title: '기울기 실험실',
};
