import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: pure code runs in Node (fast), components in jsdom.
export default defineConfig({
  plugins: [react()],
  test: {
    testTimeout: 60_000,
    // Worker threads start faster than forked processes: ~20 s less on two cores.
    pool: 'threads',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/{engine,worker,state,i18n,lessons,scripts,bench}/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['tests/{panels,app}/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
        },
      },
    ],
  },
});
