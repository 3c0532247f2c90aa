/** Strings of the gradients area (English, the source of the key tree). */
export const gradients = {
  title: 'Gradients',
} as const;
