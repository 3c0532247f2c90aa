/** Strings of the presenter area (English, the source of the key tree). */
export const presenter = {
  title: 'Presenter',
} as const;
