import { useEffect } from 'react';
import { setLanguage, useT } from '../i18n/index.ts';
import { useAppStore } from '../state/index.ts';
import { Crash } from './Crash.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Header } from './Header.tsx';
import { HomePage } from './HomePage.tsx';
import { LabPage } from './LabPage.tsx';
import { LessonsPage } from './LessonsPage.tsx';
import { NotFound } from './NotFound.tsx';
import type { Route } from './route.ts';
import { useHashRoute } from './useHashRoute.ts';
import { useThemeEffect } from './useThemeEffect.ts';

function Page({ route }: Readonly<{ route: Route }>) {
  switch (route.kind) {
    case 'home':
      return <HomePage />;
    case 'lessons':
    case 'lesson':
      return <LessonsPage route={route} />;
    case 'labIndex':
      return <LabPage panel={null} />;
    case 'lab':
      return <LabPage panel={route.panel} />;
    case 'crash':
      return <Crash />;
    case 'notFound':
      return <NotFound path={route.path} />;
  }
}

/** The app shell: header, the routed page inside an error boundary, footer. */
export function App() {
  const { t } = useT();
  const { route } = useHashRoute();
  const lang = useAppStore((s) => s.prefs.lang);
  useEffect(() => setLanguage(lang), [lang]);
  useThemeEffect();
  return (
    <div className="app">
      <Header route={route} />
      <main id="main" className="app-main" tabIndex={-1}>
        <ErrorBoundary resetKey={JSON.stringify(route)}>
          <Page route={route} />
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <p>{t('app.footer.source')}</p>
      </footer>
    </div>
  );
}
