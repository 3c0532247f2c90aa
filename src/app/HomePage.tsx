import { Suspense, useEffect } from 'react';
import { useT } from '../i18n/index.ts';
import { PanelCards } from './LabPage.tsx';
import { PANELS } from './panels.ts';
import { useHomeAutoplay } from './useHomeAutoplay.ts';

/** The home page: the live noisy-sine example first, then what the app teaches. */
export function HomePage() {
  const { t } = useT();
  const Training = PANELS.training;
  useHomeAutoplay();
  // `npm run timing` reads this mark: the first commit of the home page's hero.
  useEffect(() => {
    if (performance.getEntriesByName('unroll:first-render').length === 0) performance.mark('unroll:first-render');
  }, []);
  return (
    <div className="home">
      <section className="hero" aria-labelledby="hero-title">
        <div className="hero__text">
          <p className="eyebrow">{t('app.tagline')}</p>
          <h1 id="hero-title">{t('app.home.heroTitle')}</h1>
          <p className="lead">{t('app.home.heroBody')}</p>
          <div className="row gap-s wrap">
            <a className="btn btn--primary" href="#/lesson/1/step/1">
              {t('app.home.startCourse')}
            </a>
            <a className="btn" href="#/lab">
              {t('app.home.openLab')}
            </a>
          </div>
          <p className="muted small">{t('app.home.engineNote')}</p>
        </div>
        <div className="hero__live">
          <Suspense fallback={<div className="skeleton" aria-hidden="true" />}>
            <Training compact />
          </Suspense>
        </div>
      </section>
      <section aria-labelledby="teaches-title">
        <h2 id="teaches-title">{t('app.home.teachesTitle')}</h2>
        <PanelCards />
      </section>
    </div>
  );
}
