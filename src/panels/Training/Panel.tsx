import { useT } from '../../i18n/index.ts';
import type { PanelProps } from '../../app/panels.ts';

/** Placeholder until the Training panel lands; React owns its DOM. */
export default function TrainingPanel({ compact = false }: PanelProps) {
  const { t } = useT();
  return (
    <section className={compact ? 'panel panel--compact' : 'panel'} aria-labelledby="panel-training-title">
      <h2 id="panel-training-title">{t('app.panels.training')}</h2>
      <p>{t('app.panelBlurb.training')}</p>
    </section>
  );
}
