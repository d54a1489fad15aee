// ESLint flat config (ESLint 10). Not type-aware on purpose: fast, and no tsconfig project service.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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

  // The framework-free core (the session engine, client, schemas) knows nothing of React.
  {
    files: ['src/core/**', 'src/server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@tanstack/react-query'],
              message:
                'src/core is framework-free: use @tanstack/query-core, and React only in adapters.',
            },
          ],
        },
      ],
    },
  },

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
