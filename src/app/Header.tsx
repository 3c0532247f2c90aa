import { useT } from '../i18n/index.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { ThemeSwitch } from './ThemeSwitch.tsx';
import type { Route } from './route.ts';

type Props = Readonly<{ route: Route }>;

/** The top bar: product name, main navigation, language and theme. */
export function Header({ route }: Props) {
  const { t } = useT();
  const current = (kind: 'home' | 'lessons' | 'lab'): 'page' | undefined => {
    if (kind === 'home') return route.kind === 'home' ? 'page' : undefined;
    if (kind === 'lessons') return route.kind === 'lessons' || route.kind === 'lesson' ? 'page' : undefined;
    return route.kind === 'lab' || route.kind === 'labIndex' ? 'page' : undefined;
  };
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <a className="brand" href="#/">
        <svg className="brand__mark" viewBox="0 0 64 64" aria-hidden="true">
          <rect width="64" height="64" rx="14" />
          <circle cx="16" cy="32" r="7" />
          <circle cx="32" cy="32" r="7" opacity=".8" />
          <circle cx="48" cy="32" r="7" opacity=".6" />
        </svg>
        <span className="brand__name">{t('app.name')}</span>
      </a>
      <nav aria-label={t('app.nav.label')} className="app-nav">
        <a href="#/" aria-current={current('home')}>
          {t('app.nav.home')}
        </a>
        <a href="#/lessons" aria-current={current('lessons')}>
          {t('app.nav.lessons')}
        </a>
        <a href="#/lab" aria-current={current('lab')}>
          {t('app.nav.lab')}
        </a>
      </nav>
      <div className="app-header__tools">
        <LanguageSwitch />
        <ThemeSwitch />
      </div>
    </header>
  );
}
