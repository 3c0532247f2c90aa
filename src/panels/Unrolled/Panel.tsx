import { useT } from '../../i18n/index.ts';
import type { PanelProps } from '../../app/panels.ts';

/** Placeholder until the Unrolled panel lands; React owns its DOM. */
export default function UnrolledPanel({ compact = false }: PanelProps) {
  const { t } = useT();
  return (
    <section className={compact ? 'panel panel--compact' : 'panel'} aria-labelledby="panel-unrolled-title">
      <h2 id="panel-unrolled-title">{t('app.panels.unrolled')}</h2>
      <p>{t('app.panelBlurb.unrolled')}</p>
    </section>
  );
}
