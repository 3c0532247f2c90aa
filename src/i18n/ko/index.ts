import type { CatalogOf } from '../types.ts';
import type { Catalog } from '../en/index.ts';
import { app } from './app.ts';
import { common } from './common.ts';
import { training } from './training.ts';
import { unrolled } from './unrolled.ts';
import { gradients } from './gradients.ts';
import { architectures } from './architectures.ts';
import { shapes } from './shapes.ts';
import { code } from './code.ts';
import { lessons } from './lessons.ts';
import { presenter } from './presenter.ts';
import { task } from './task.ts';

/** The Korean catalog; the compiler checks it has exactly the English keys. */
export const ko: CatalogOf<Catalog> = { app, common, training, unrolled, gradients, architectures, shapes, code, lessons, presenter, task };
