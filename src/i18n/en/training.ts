/** Strings of the training area (English, the source of the key tree). */
export const training = {
  title: 'Training',
} as const;
