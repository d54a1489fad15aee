// One config for the library build (`vite build`) and for Vitest (`vitest run --project …`).
// The demo app has its own config (demo/vite.config.ts); Storybook reads .storybook/.
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { configDefaults, defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// ---------------------------------------------------------------------------
// Library entries: `<name>` → dist/<name>.js. Declarations are emitted separately by
// `tsc -p tsconfig.build.json` (rootDir src → dist), so src/mock/index.ts gives
// dist/mock/index.d.ts, matching the "exports" map in package.json.
// ---------------------------------------------------------------------------
const entries: Record<string, string> = {
  index: fromRoot('src/index.ts'),
  mock: fromRoot('src/mock/index.ts'),
  sessions: fromRoot('src/sessions/index.ts'),
  testing: fromRoot('src/testing/index.ts'),
};
// Optional entry: picked up automatically once the file exists (add "./server" to
// package.json "exports" at the same time: dist/server.js + dist/server/index.d.ts).
if (existsSync(fromRoot('src/server/index.ts'))) {
  entries.server = fromRoot('src/server/index.ts');
}

const clientEntries = new Set(['index', 'sessions', 'testing']);

// ---------------------------------------------------------------------------
// Externals, derived from package.json so the list cannot drift. Every package the
// manifest names is left as an import (`react`, `react/jsx-runtime`, `msw/browser`, …),
// as are Node built-ins. A package that is only a devDependency is still externalized
// (bundling msw or jose into dist would be wrong), but the build warns, because
// consumers of the published package would not get it installed.
// ---------------------------------------------------------------------------
interface Manifest {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}
const pkg = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as Manifest;
const runtimePackages = new Set([
  ...Object.keys(pkg.dependencies ?? {}),
  ...Object.keys(pkg.peerDependencies ?? {}),
  ...Object.keys(pkg.optionalDependencies ?? {}),
]);
const allPackages = new Set([...runtimePackages, ...Object.keys(pkg.devDependencies ?? {})]);
const nodeBuiltins = new Set(builtinModules);

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`. */
const packageNameOf = (id: string) => id.split('/', id.startsWith('@') ? 2 : 1).join('/');

const devOnlyImports = new Set<string>();
const isExternal = (id: string): boolean => {
  if (id.startsWith('node:') || nodeBuiltins.has(id)) return true;
  const name = packageNameOf(id);
  if (!allPackages.has(name)) return false;
  if (!runtimePackages.has(name)) devOnlyImports.add(name);
  return true;
};

export default defineConfig({
  plugins: [
    react(),
    {
      name: 'warn-dev-only-externals',
      apply: 'build',
      buildEnd() {
        for (const name of devOnlyImports) {
          this.warn(
            `"${name}" is imported by the library but is only a devDependency in package.json; ` +
              'consumers will not get it installed (make it a (optional) peerDependency).',
          );
        }
      },
    },
  ],

  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    minify: false, // readable output for consumers; their bundlers minify
    lib: {
      entry: entries,
      formats: ['es'],
      fileName: (_format, entryName) => `${entryName}.js`,
    },
    rolldownOptions: {
      external: isExternal,
      output: {
        // Shared code between entries goes into hashed chunks next to the entries.
        chunkFileNames: 'chunks/[name]-[hash].js',
        // The root and sessions entries hold the React layer: marked as client modules, a React
        // Server Component (Next.js app router) can render <SessionProvider> and the components.
        // Server code gets its framework-free share from react-session-kit/server.
        banner: (chunk) =>
          chunk.isEntry && clientEntries.has(chunk.name) ? "'use client';\n" : '',
      },
    },
  },

  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, 'test/**/*.browser.test.tsx', 'test/e2e/**'],
          setupFiles: ['test/setup.ts'],
        },
        // Tests written as an app's (test/testing/) import the kit, and the demo's pages, by its
        // package names.
        resolve: { alias: packageAliases() },
      },
      {
        // The jsdom component tests again on React 18.3 (a nested install: test/react18). Packages
        // that import React are inlined so that the alias reaches their imports too.
        extends: true,
        resolve: { alias: react18Aliases() },
        test: {
          name: 'unit-react18',
          env: { EXPECTED_REACT_MAJOR: '18' }, // checked by test/components/reactVersion.test.ts
          environment: 'jsdom',
          include: ['test/components/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, 'test/**/*.browser.test.tsx'],
          setupFiles: ['test/setup.ts'],
          server: {
            deps: {
              inline: [
                '@tanstack/react-query',
                '@testing-library/react',
                'react-hook-form',
                'react-router',
              ],
            },
          },
        },
      },
      {
        // Type tests (test/**/*.test-d.ts): checked by tsc through Vitest, never run.
        extends: true,
        test: {
          name: 'types',
          include: [],
          typecheck: {
            enabled: true,
            only: true,
            include: ['test/**/*.test-d.ts'],
            tsconfig: fromRoot('test/types/tsconfig.json'),
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.tsx'],
          browser: chromiumBrowser(),
        },
        // The demo's layout tests (test/demo/) render its pages, which import the kit by name.
        resolve: { alias: packageAliases() },
      },
      {
        // Every story in stories/ (and its play function) as a test in Chromium, with the
        // a11y addon failing a story on any violation (.storybook/preview.tsx). Storybook applies
        // .storybook/preview's annotations itself (addon-vitest ≥ 10.3): no setup file needed.
        extends: true,
        plugins: [storybookTest({ configDir: fromRoot('.storybook') })],
        test: {
          name: 'storybook',
          browser: chromiumBrowser(), // a fresh object per project, never a shared one
        },
      },
    ],
  },
});

/** `react`, `react-dom` and their subpaths (`react/jsx-runtime`, `react-dom/client`) → React 18.3. */
function react18Aliases() {
  const installed = fromRoot('test/react18/node_modules');
  return [
    ...['react', 'react-dom'].map((name) => ({
      find: new RegExp(`^${name}(/.*)?$`),
      replacement: `${installed}/${name}$1`,
    })),
    // Under Node these resolve to CommonJS, whose require() calls no alias reaches: use their
    // ES module builds.
    {
      find: /^@testing-library\/react$/,
      replacement: fromRoot(
        'node_modules/@testing-library/react/dist/@testing-library/react.esm.js',
      ),
    },
    {
      find: /^react-router$/,
      replacement: fromRoot('node_modules/react-router/dist/development/index.mjs'),
    },
  ];
}

function packageAliases() {
  return [
    { find: /^react-session-kit$/, replacement: fromRoot('src/index.ts') },
    { find: /^react-session-kit\/mock$/, replacement: fromRoot('src/mock/index.ts') },
    { find: /^react-session-kit\/sessions$/, replacement: fromRoot('src/sessions/index.ts') },
    { find: /^react-session-kit\/testing$/, replacement: fromRoot('src/testing/index.ts') },
  ];
}

/**
 * Vitest browser mode in the system Chromium (scripts/chromium.mjs). Returns a NEW object on every
 * call: projects sharing one browser object make Vitest fail with "Cannot define a nested project".
 */
function chromiumBrowser() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: chromiumLaunchOptions() }),
    instances: [{ browser: 'chromium' as const }],
  };
}
