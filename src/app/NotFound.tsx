import { useT } from '../i18n/index.ts';

/** Shown for any hash that is not a route, naming what was asked for. */
export function NotFound({ path }: Readonly<{ path: string }>) {
  const { t } = useT();
  return (
    <section className="notice" role="status">
      <h1>{t('app.notFound.title')}</h1>
      <p>{t('app.notFound.body', { path })}</p>
      <a className="btn" href="#/">
        {t('app.notFound.back')}
      </a>
    </section>
  );
}
