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

/** The English catalog: one namespace per area of the app (one file each, so areas never edit the same file). */
export const en = { app, common, training, unrolled, gradients, architectures, shapes, code, lessons, presenter, task } as const;

/** The shape every catalog must have. */
export type Catalog = typeof en;
