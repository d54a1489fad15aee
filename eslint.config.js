// ESLint flat config (ESLint 10). Not type-aware on purpose: fast, and no tsconfig project service.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const framework = {
  group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/react-query'],
  message: 'src/core is framework-free: use @tanstack/query-core, and React only in adapters.',
};
/** Imports whose path climbs out of `folder`. */
const outside = (regex, folder) => ({
  regex,
  message: `${folder} imports nothing outside itself.`,
});
/** Imports of the feature folders `others` from a folder directly under src/. */
const features = (folder, others) => ({
  regex: `^\\.\\./(${others})(/|$)`,
  message: `src/${folder} builds on the core and the root entry, not on another feature folder.`,
});
/** One `no-restricted-imports` rule for `files` (ESLint does not merge two such rules). */
const layer = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    'dist/',
    'dist-demo/',
    'storybook-static/',
    'test-results/',
    'coverage/',
    'public/mockServiceWorker.js',
    'demo/public/mockServiceWorker.js',
    'examples/*/.next/',
    'examples/*/dist/',
    'examples/*/public/mockServiceWorker.js',
    'examples/*/next-env.d.ts',
  ]),

  // Everything (JS and TS): core recommended + typescript-eslint recommended.
  js.configs.recommended,
  tseslint.configs.recommended,

  {
    files: ['**/*.{js,mjs,cjs,ts,tsx,mts,cts,jsx}'],
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // `_`-prefixed names mark intentionally unused parameters/variables.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // React code: Rules of Hooks (+ the React Compiler rules that v7's preset enables).
  {
    files: ['**/*.{ts,tsx,jsx}'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      'react-hooks/exhaustive-deps': 'error',
    },
  },

  // The published library must not log; scripts, tests, stories and the demo may.
  {
    files: ['src/**'],
    rules: {
      'no-console': 'error',
    },
  },

  // Layers of src/ (issue 14; scripts/check-imports.mjs measures the graph they keep). The core is
  // framework-free and knows no feature; a feature folder (the entries `sessions`, `mock`, `server`,
  // `testing`) builds on the core and the root entry's modules (src/*.ts(x) and components/), never
  // on another feature. The root entry's components import no feature either.
  layer(['src/core/*.{ts,tsx}'], [framework, outside('^\\.\\./', 'src/core')]),
  layer(['src/core/*/**'], [framework, outside('^\\.\\./\\.\\./', 'src/core')]),
  layer(
    ['src/server/**'],
    [framework, { regex: '^\\.\\./(?!core/)', message: 'src/server builds on the core only.' }],
  ),
  layer(['src/mock/**'], [outside('^\\.\\./', 'src/mock')]),
  layer(['src/sessions/**'], [features('sessions', 'mock|server|testing')]),
  // The testing entry is built on the mock (its fixtures and tokens).
  layer(['src/testing/**'], [features('testing', 'sessions|server')]),
  layer(['src/components/**'], [features('components', 'sessions|mock|server|testing')]),

  // Node-side files: build/test configs and scripts.
  {
    files: [
      '*.config.{js,ts,mjs,cjs}',
      'scripts/**',
      '.storybook/main.{js,ts}',
      'demo/vite.config.ts',
    ],
    languageOptions: {
      globals: { ...globals.node },
    },
  },
]);
