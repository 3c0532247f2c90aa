/** Strings of the common area (English, the source of the key tree). */
export const common = {
  title: 'Common',
} as const;
