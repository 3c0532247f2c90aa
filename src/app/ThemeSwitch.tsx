import { useT } from '../i18n/index.ts';
import { useAppStore } from '../state/index.ts';
import type { ThemeChoice } from '../state/index.ts';

const CHOICES: readonly ThemeChoice[] = ['light', 'dark', 'system'];
const ICONS: Record<ThemeChoice, string> = { light: '☀', dark: '☾', system: '◐' };

/** Light / dark / system selector. */
export function ThemeSwitch() {
  const { t } = useT();
  const theme = useAppStore((s) => s.prefs.theme);
  const setTheme = useAppStore((s) => s.setTheme);
  return (
    <div role="group" aria-label={t('app.theme.label')} className="segmented">
      {CHOICES.map((c) => (
        <button
          key={c}
          type="button"
          aria-pressed={theme === c}
          className="segmented__item"
          title={t(`app.theme.${c}`)}
          onClick={() => setTheme(c)}
        >
          <span aria-hidden="true">{ICONS[c]}</span>
          <span className="segmented__label">{t(`app.theme.${c}`)}</span>
        </button>
      ))}
    </div>
  );
}
