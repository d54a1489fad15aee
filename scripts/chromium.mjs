// How every tool here starts Chromium: Vitest's browser projects (vite.config.ts), the bench, the
// demo screenshot and the e2e suite. Debian's /usr/bin/chromium (or $CHROMIUM_PATH) through
// playwright-core, headless; no browser is ever downloaded.

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** No sandbox (containers), no GPU, and nothing that reaches out on its own. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** playwright-core `launch` options; `extraFlags` come after the shared ones. */
export function chromiumLaunchOptions(extraFlags = []) {
  return { executablePath: chromiumPath, headless: true, args: [...chromiumFlags, ...extraFlags] };
}

/** Launches Chromium (playwright-core is loaded only when a browser is wanted). */
export async function launchChromium(extraFlags = []) {
  const { chromium } = await import('playwright-core');
  return chromium.launch(chromiumLaunchOptions(extraFlags));
}
