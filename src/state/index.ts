export { useAppStore, createAppStore } from './store.ts';
export type { AppState } from './store.ts';
export type { ThemeChoice } from './prefsSlice.ts';
