import { Suspense } from 'react';
import { useT } from '../i18n/index.ts';
import { PANELS } from './panels.ts';
import { PANEL_IDS } from './route.ts';
import type { PanelId } from './route.ts';

type Props = Readonly<{ panel: PanelId | null }>;

/** `#/lab` and `#/lab/:panel`: one sandbox per panel, with a tab bar to switch. */
export function LabPage({ panel }: Props) {
  const { t } = useT();
  const Panel = panel ? PANELS[panel] : null;
  return (
    <div className="lab">
      <nav aria-label={t('app.lab.choose')} className="lab__tabs">
        {PANEL_IDS.map((id) => (
          <a key={id} href={`#/lab/${id}`} aria-current={id === panel ? 'page' : undefined} className="lab__tab">
            {t(`app.panels.${id}`)}
          </a>
        ))}
      </nav>
      {Panel ? (
        <Suspense fallback={<p className="muted">{t('app.lab.loading')}</p>}>
          <Panel />
        </Suspense>
      ) : (
        <>
          <h1>{t('app.lab.title')}</h1>
          <PanelCards />
        </>
      )}
    </div>
  );
}

/** Cards linking to every panel, used on the home page and the lab index. */
export function PanelCards() {
  const { t } = useT();
  return (
    <ul className="card-grid" role="list">
      {PANEL_IDS.map((id) => (
        <li key={id}>
          <a className="card card--link" href={`#/lab/${id}`}>
            <span className="card__title">{t(`app.panels.${id}`)}</span>
            <span className="card__body">{t(`app.panelBlurb.${id}`)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
