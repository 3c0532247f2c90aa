import { useT } from '../../i18n/index.ts';
import type { PanelProps } from '../../app/panels.ts';

/** Placeholder until the Shapes panel lands; React owns its DOM. */
export default function ShapesPanel({ compact = false }: PanelProps) {
  const { t } = useT();
  return (
    <section className={compact ? 'panel panel--compact' : 'panel'} aria-labelledby="panel-shapes-title">
      <h2 id="panel-shapes-title">{t('app.panels.shapes')}</h2>
      <p>{t('app.panelBlurb.shapes')}</p>
    </section>
  );
}
