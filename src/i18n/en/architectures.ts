/** Strings of the architectures area (English, the source of the key tree). */
export const architectures = {
  title: 'Architectures',
} as const;
