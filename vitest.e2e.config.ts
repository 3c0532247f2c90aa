import { defineConfig } from 'vitest/config';

// Real-browser tests: one preview server and one Chromium for the run, files one after another
// (2 cores: the app under test needs the other one).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
