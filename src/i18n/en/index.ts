import { app } from './app.ts';

/** The English catalog: one namespace per area of the app. */
export const en = { app } as const;

/** The shape every catalog must have. */
export type Catalog = typeof en;
