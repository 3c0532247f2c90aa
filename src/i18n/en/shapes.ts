/** Strings of the shapes area (English, the source of the key tree). */
export const shapes = {
  title: 'Shapes',
} as const;
