import type { CatalogOf } from '../types.ts';
import type { Catalog } from '../en/index.ts';
import { app } from './app.ts';

/** The Korean catalog; the compiler checks it has exactly the English keys. */
export const ko: CatalogOf<Catalog> = { app };
