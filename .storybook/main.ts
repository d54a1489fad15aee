// Storybook 10 for the kit's components: `npm run storybook` (dev), `npm run build-storybook`
// (static, into storybook-static/), and every story as a Vitest test in Chromium through
// @storybook/addon-vitest (the `storybook` project in vite.config.ts).
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  // MSW's service worker (the same file the demo serves), at /mockServiceWorker.js.
  staticDirs: ['../demo/public'],
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // Stories import the kit by its package names, as an app would; these are its entry points.
    return mergeConfig(viteConfig, {
      resolve: {
        alias: [
          { find: /^react-session-kit$/, replacement: fromRoot('src/index.ts') },
          { find: /^react-session-kit\/mock$/, replacement: fromRoot('src/mock/index.ts') },
          { find: /^react-session-kit\/sessions$/, replacement: fromRoot('src/sessions/index.ts') },
          { find: /^react-session-kit\/testing$/, replacement: fromRoot('src/testing/index.ts') },
          { find: /^react-session-kit\/styles\.css$/, replacement: fromRoot('src/styles.css') },
        ],
      },
      // Browsers with light-dark(): below them, the CSS minifier swaps it for a stand-in that
      // ignores a page's inline `color-scheme`, and the "follows the page" theme stops following.
      build: { cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'] },
    });
  },
};

export default config;
