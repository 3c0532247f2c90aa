import type { CatalogOf } from '../types.ts';
import type { code as en } from '../en/code.ts';

/** code 영역의 문자열 (한국어). */
export const code: CatalogOf<typeof en> = {
  title: 'PyTorch 코드',
};
