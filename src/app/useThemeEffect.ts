import { useEffect } from 'react';
import { useAppStore } from '../state/index.ts';

/**
 * Mirrors the theme choice onto `<html data-theme>`; CSS resolves 'system' with
 * prefers-color-scheme, so following the OS needs no JavaScript listener.
 */
export function useThemeEffect(): void {
  const theme = useAppStore((s) => s.prefs.theme);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
}
