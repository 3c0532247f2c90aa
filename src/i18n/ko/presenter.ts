import type { CatalogOf } from '../types.ts';
import type { presenter as en } from '../en/presenter.ts';

/** presenter 영역의 문자열 (한국어). */
export const presenter: CatalogOf<typeof en> = {
  title: '발표 모드',
};
