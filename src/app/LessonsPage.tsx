import { useT } from '../i18n/index.ts';
import type { Route } from './route.ts';

/** Lesson list and player; filled in by the lessons work. */
export function LessonsPage({ route }: Readonly<{ route: Extract<Route, { kind: 'lessons' | 'lesson' }> }>) {
  const { t } = useT();
  return (
    <section className="notice">
      <h1>{t('app.nav.lessons')}</h1>
      {route.kind === 'lesson' ? <p>{`${route.lesson} · ${route.step}`}</p> : null}
    </section>
  );
}
