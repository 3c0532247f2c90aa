/** Strings of the lessons area (English, the source of the key tree). */
export const lessons = {
  title: 'Lessons',
} as const;
