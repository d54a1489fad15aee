// The demo app: `npm start` (dev server), `npm run build:demo` (static build into dist-demo/),
// `npm run preview:demo` (serves that build). It imports the kit only through its public
// specifiers, aliased here to the sources of those same entry points.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import routes from './routes.json' with { type: 'json' };

const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

export default defineConfig({
  root: fromRoot('demo'),
  // `.env*` files and VITE_API_URL are read from the repository root.
  envDir: fromRoot('.'),
  plugins: [react(), staticRouteCopies()],
  resolve: {
    alias: [
      { find: /^react-session-kit$/, replacement: fromRoot('src/index.ts') },
      { find: /^react-session-kit\/mock$/, replacement: fromRoot('src/mock/index.ts') },
      { find: /^react-session-kit\/sessions$/, replacement: fromRoot('src/sessions/index.ts') },
      { find: /^react-session-kit\/styles\.css$/, replacement: fromRoot('src/styles.css') },
    ],
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: {
    outDir: fromRoot('dist-demo'),
    emptyOutDir: true,
    target: 'es2022',
    // One page app with React, the router, zod and TanStack Query in its entry chunk (~530 kB
    // before gzip); MSW and the mock load as a separate chunk. The kit's own budget is issue 7's.
    chunkSizeWarningLimit: 700,
  },
});

/**
 * Copies index.html to `<route>/index.html` for every route of the demo, and to 404.html, so any
 * static file server answers deep links (`/users`, `/login?returnTo=…`) with the app. Only with an
 * absolute base (the default `/`): with a relative one the copies could not find the assets.
 */
function staticRouteCopies(): Plugin {
  let absoluteBase = true;
  return {
    name: 'demo:static-route-copies',
    apply: 'build',
    configResolved(config) {
      absoluteBase = config.base.startsWith('/');
    },
    writeBundle(options) {
      if (!absoluteBase || !options.dir) return;
      const html = readFileSync(join(options.dir, 'index.html'));
      for (const path of Object.values(routes)) {
        if (path === '/') continue;
        mkdirSync(join(options.dir, path), { recursive: true });
        writeFileSync(join(options.dir, path, 'index.html'), html);
      }
      writeFileSync(join(options.dir, '404.html'), html);
    },
  };
}
