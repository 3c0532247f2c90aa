import { defineConfig } from 'vite';

// Bundles the benchmark for plain Node 20 (which cannot run TypeScript itself).
export default defineConfig({
  logLevel: 'silent',
  build: {
    ssr: 'bench/run.ts',
    outDir: 'bench/dist',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'run.js' } },
  },
});
