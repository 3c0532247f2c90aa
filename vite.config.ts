import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The production Content-Security-Policy. No 'unsafe-eval' and no inline scripts; inline
 * *styles* are allowed because KaTeX's HTML positions glyphs with style attributes.
 * 'wasm-unsafe-eval' is deliberately absent: the engine is plain TypeScript.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

// Only in builds: the dev server injects an inline React-refresh preamble the CSP would block.
const cspMeta = (): Plugin => ({
  name: 'unroll-csp',
  apply: 'build',
  transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
});

// Relative base so the built app also works from a sub-path (GitHub Pages, a USB stick).
export default defineConfig({
  base: './',
  plugins: [
    react(),
    cspMeta(),
    // Offline after the first visit: workbox precaches every built asset (fonts included).
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script', // a registerSW.js file, not an inline script (CSP)
      manifest: {
        name: 'Unroll — watch RNNs think',
        short_name: 'Unroll',
        description: 'RNN, LSTM and GRU, trained live in your browser.',
        theme_color: '#3346c8',
        background_color: '#f7f8fb',
        display: 'standalone',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,woff2,json}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
      },
    }),
  ],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
