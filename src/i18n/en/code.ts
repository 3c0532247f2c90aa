/** Strings of the code area (English, the source of the key tree). */
export const code = {
  title: 'Code',
} as const;
