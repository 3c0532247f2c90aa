import { useT } from '../../i18n/index.ts';
import type { PanelProps } from '../../app/panels.ts';

/** Placeholder until the Gradients panel lands; React owns its DOM. */
export default function GradientsPanel({ compact = false }: PanelProps) {
  const { t } = useT();
  return (
    <section className={compact ? 'panel panel--compact' : 'panel'} aria-labelledby="panel-gradients-title">
      <h2 id="panel-gradients-title">{t('app.panels.gradients')}</h2>
      <p>{t('app.panelBlurb.gradients')}</p>
    </section>
  );
}
