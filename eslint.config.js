// Flat config. Besides the usual TypeScript and React-hooks rules, it enforces the layer
// direction of ARCHITECTURE.md: engine ← worker ← state ← panels ← lessons / app.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';

const layer = (files, patterns, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'bench/results', '**/*.d.ts', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    rules: {
      // The panels and lessons are rendered from data; raw HTML would bypass React's escaping.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML'] > JSXExpressionContainer > ObjectExpression > Property[key.name='__html'] > :not(CallExpression[callee.name=/^(renderTex|trustedKatex)$/])", message: 'Only KaTeX output may be set as HTML.' },
      ],
    },
  },
  layer(['src/engine/**'], ['react', 'react-*', 'd3-*', 'zustand', 'zustand/*', 'katex', 'i18next', '**/worker/**', '**/state/**', '**/panels/**', '**/app/**', '**/lessons/**', '**/i18n/**'], 'The engine is pure: no UI, worker or store imports.'),
  layer(['src/worker/**'], ['react', 'react-*', 'd3-*', 'zustand', 'katex', '**/state/**', '**/panels/**', '**/app/**', '**/lessons/**'], 'The worker depends only on the engine.'),
  layer(['src/state/**'], ['react-dom', 'd3-*', 'katex', '**/panels/**', '**/app/**', '**/lessons/**'], 'The store may not import UI layers.'),
  layer(['src/panels/**'], ['**/lessons/**', '**/app/App*', '**/worker/trainer*'], 'Panels read the store; they do not import lessons, the shell or the worker implementation.'),
  {
    files: ['src/engine/**'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: { 'no-restricted-globals': ['error', 'document', 'window', 'self', 'postMessage', 'localStorage', 'navigator'] },
  },
  {
    files: ['tests/**', 'scripts/**', 'bench/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // useBrowser() and friends are vitest hooks, not React hooks.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
