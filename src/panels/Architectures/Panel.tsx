import { useT } from '../../i18n/index.ts';
import type { PanelProps } from '../../app/panels.ts';

/** Placeholder until the Architectures panel lands; React owns its DOM. */
export default function ArchitecturesPanel({ compact = false }: PanelProps) {
  const { t } = useT();
  return (
    <section className={compact ? 'panel panel--compact' : 'panel'} aria-labelledby="panel-architectures-title">
      <h2 id="panel-architectures-title">{t('app.panels.architectures')}</h2>
      <p>{t('app.panelBlurb.architectures')}</p>
    </section>
  );
}
