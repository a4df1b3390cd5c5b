import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * Layers point one way: coaching/ ← lib/ ← components/ ← entrypoints/. Each layer's files, tests
 * included, may not import the layers above it; the tools (scripts/, bench/, cli/) may not import
 * the end-to-end tests (what both need lives in scripts/browsers).
 */
const LAYERS = [
  { files: ['coaching/**'], above: ['lib', 'components', 'entrypoints'] },
  { files: ['lib/**'], above: ['components', 'entrypoints'] },
  { files: ['components/**'], above: ['entrypoints'] },
  { files: ['scripts/**', 'bench/**', 'cli/**'], above: ['tests/e2e'] },
];

const layerPatterns = (above) => ({
  group: above.flatMap((folder) => [`@/${folder}/**`, `@/${folder}`, `**/${folder}/**`]),
  message: 'Layers point one way: coaching/ ← lib/ ← components/ ← entrypoints/ (README, How it is built).',
});

/** The engine is pure: plain text in, findings out. No UI, storage, browser or Node modules. */
const PURE_ENGINE_MODULES = {
  group: ['preact', 'preact/*', 'dexie', 'webextension-polyfill', 'wxt', 'wxt/*', '#imports', 'node:*', 'fs', 'path'],
  message: 'coaching/ is a pure engine: no UI, storage, browser or Node modules.',
};

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', 'demo/dist/', 'artifacts/', '.scratch/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // No import cycles: a module that needs one above it in a cycle is a sign two ideas share a file.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  ...LAYERS.map(({ files, above }) => ({
    files,
    rules: { 'no-restricted-imports': ['error', { patterns: [layerPatterns(above)] }] },
  })),
  {
    // The engine is pure: plain text in, findings out. No DOM, no browser APIs, no storage, no UI.
    files: ['coaching/**/*.ts'],
    ignores: ['coaching/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: [layerPatterns(LAYERS[0].above), PURE_ENGINE_MODULES] }],
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
    },
  },
);
