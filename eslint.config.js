import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'demo/dist/', 'artifacts/', '.scratch/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine is pure: plain text in, findings out. No DOM, no browser APIs, no storage, no UI.
    files: ['coaching/**/*.ts'],
    ignores: ['coaching/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'location',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'fetch',
          'XMLHttpRequest',
          'chrome',
          'browser',
          'globalThis',
          'self',
          'setTimeout',
          'setInterval',
          'requestAnimationFrame',
          'performance',
          'process',
          'require',
        ].map((name) => ({
          name,
          message: 'coaching/ is a pure engine: no DOM, browser, timer or Node APIs.',
        })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'preact',
                'preact/*',
                'dexie',
                'webextension-polyfill',
                'wxt',
                'wxt/*',
                '#imports',
                'node:*',
                'fs',
                'path',
              ],
              message: 'coaching/ is a pure engine: no UI, storage, browser or Node modules.',
            },
          ],
        },
      ],
    },
  },
);
