import type { CatalogOf } from '../types.ts';
import type { training as en } from '../en/training.ts';

/** training 영역의 문자열 (한국어). */
export const training: CatalogOf<typeof en> = {
  title: '학습',
};
