/**
 * A catalog is a tree of strings. The English catalog is the source of truth for the keys;
 * every other language must have exactly the same tree (checked by the compiler through
 * `CatalogOf`, and at run time by tests/i18n/catalog.test.ts).
 */
export type CatalogOf<T> = { readonly [K in keyof T]: T[K] extends string ? string : CatalogOf<T[K]> };

/** Languages the app speaks. */
export type Lang = 'ko' | 'en';

/** All languages, in the order the switch shows them. */
export const LANGS: readonly Lang[] = ['ko', 'en'];
