import { LANGS, useT } from '../i18n/index.ts';
import { useAppStore } from '../state/index.ts';

/** 한국어 / English toggle: a labelled group of two pressed-state buttons. */
export function LanguageSwitch() {
  const { t } = useT();
  const lang = useAppStore((s) => s.prefs.lang);
  const setLang = useAppStore((s) => s.setLang);
  return (
    <div role="group" aria-label={t('app.language.label')} className="segmented">
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={lang === l}
          className="segmented__item"
          onClick={() => setLang(l)}
        >
          {t(`app.language.${l}`)}
        </button>
      ))}
    </div>
  );
}
