import { useT } from '../../i18n/index.ts';
import type { PanelProps } from '../../app/panels.ts';

/** Placeholder until the Code panel lands; React owns its DOM. */
export default function CodePanel({ compact = false }: PanelProps) {
  const { t } = useT();
  return (
    <section className={compact ? 'panel panel--compact' : 'panel'} aria-labelledby="panel-code-title">
      <h2 id="panel-code-title">{t('app.panels.code')}</h2>
      <p>{t('app.panelBlurb.code')}</p>
    </section>
  );
}
