/** Strings of the unrolled area (English, the source of the key tree). */
export const unrolled = {
  title: 'Unrolled',
} as const;
