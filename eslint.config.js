// One linter: typescript-eslint on the recommended, type-aware rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import noDeferredEventRead from './eslint-rules/no-deferred-event-read.mjs';

/** Our own rules, one file each in eslint-rules/ (each file says what it catches and why). */
const local = { rules: { 'no-deferred-event-read': noDeferredEventRead } };

export default tseslint.config(
  { ignores: ['dist/', 'artifacts/', 'node_modules/', 'bench/results/', 'bench/.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { local },
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', Buffer: 'readonly', URL: 'readonly', performance: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', structuredClone: 'readonly' },
    },
    rules: {
      // Data must render as text: these are the HTML/code injection sinks.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render data as text through Preact.' },
        { property: 'outerHTML', message: 'Render data as text through Preact.' },
        { property: 'insertAdjacentHTML', message: 'Render data as text through Preact.' },
      ],
      'no-restricted-syntax': ['error', { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render data as text.' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Event handlers read the event while it is dispatched (issue 17's dead popup switches).
      'local/no-deferred-event-read': 'error',
    },
  },
  {
    // TypeScript checks names itself; for scripts, page-side callbacks see browser globals.
    files: ['**/*.ts', '**/*.tsx'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['scripts/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { CSS: 'readonly', document: 'readonly', window: 'readonly', location: 'readonly' } },
  },
  {
    // The extension makes no network requests: fetch and friends are banned in src/.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'The extension makes no network requests.' },
        { name: 'XMLHttpRequest', message: 'The extension makes no network requests.' },
        { name: 'WebSocket', message: 'The extension makes no network requests.' },
        { name: 'EventSource', message: 'The extension makes no network requests.' },
      ],
    },
  },
);
