/**
 * The lecturer's presets: one click sets up a demonstration (the main run's config, trained at
 * once, and for "LSTM fixes it" the race). React owns the DOM.
 */
import { useT } from '../../i18n/index.ts';
import { LAB_PRESET_IDS, useAppStore } from '../../state/index.ts';

/** The preset buttons. */
export function Presets() {
  const { t } = useT();
  const apply = useAppStore((s) => s.applyLabPreset);
  return (
    <div className="gl-presets" role="group" aria-labelledby="gl-presets-title">
      <h3 id="gl-presets-title" className="gl-presets__title">{t('gradients.presets.title')}</h3>
      <ul className="gl-presets__list">
        {LAB_PRESET_IDS.map((id) => (
          <li key={id}>
            <button type="button" className={`gl-preset gl-preset--${id}`} onClick={() => apply(id)}>
              <span className="gl-preset__name">{t(`gradients.presets.${id}.name`)}</span>
              <span className="gl-preset__what">{t(`gradients.presets.${id}.what`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
