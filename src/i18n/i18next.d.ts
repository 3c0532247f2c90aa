import 'i18next';
import type { Catalog } from './en/index.ts';

// Typed keys: t('app.nav.home') compiles, t('app.nav.hme') does not.
declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: Catalog };
    returnNull: false;
  }
}
