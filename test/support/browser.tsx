// Rendering in Chromium (browser tests). The mock backend answers through `backend.fetch`
// given to the session client: no service worker needed.
import type { ReactNode } from 'react';
import axe from 'axe-core';
import { getResponse, type RequestHandler } from 'msw';
import { expect } from 'vitest';
import { cdp } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import {
  createSessionClient,
  SessionProvider,
  type Labels,
  type Session,
  type SessionClient,
} from '../../src';
import { createMockBackend, type MockBackend, type MockBackendOptions } from '../../src/mock';
import '../../src/styles.css';
import { testProviderProps } from './provider';

export const apiUrl = 'https://api.example.test';

/** `backend.fetch`, with `overrides()` (MSW handlers) answering first where they match. */
export function fetchWithOverrides(
  backend: MockBackend,
  overrides: () => RequestHandler[],
): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const override = await getResponse(overrides(), request.clone());
    if (override?.type === 'error') throw new TypeError('Failed to fetch');
    return override ?? backend.fetch(request);
  };
}

/**
 * A fresh mock backend; `extra` handlers (tried first) can override any endpoint. It runs in bearer
 * mode with a bearer `client`: answers made up in the page cannot set a cookie (`Set-Cookie` is not
 * visible to scripts), and the mock, like a real server, only knows a user by the JWT sent.
 */
export function mockApi(options: MockBackendOptions = {}, extra: RequestHandler[] = []) {
  const backend = createMockBackend({ apiUrl, jwtTransport: 'body', ...options });
  const handlers = [...extra];
  const fetch = fetchWithOverrides(backend, () => handlers);
  const client = createSessionClient({ apiUrl, fetch, jwtTransport: 'bearer' });
  return {
    backend,
    fetch,
    client,
    /** Adds handlers in front of the others. */
    use: (...more: RequestHandler[]) => handlers.unshift(...more),
    /** Logs a user in with `client` (no UI), so a test can start signed in; returns the session. */
    async signIn(username: string, accountId?: string) {
      const session = await client.login({ username, password: 'password' });
      return accountId ? client.selectAccount(accountId) : session;
    },
  };
}

/** A fresh `mockApi()` with `username` signed in (to `accountId`, if given), `ui` rendered on it. */
export async function renderSignedIn(username: string, ui: ReactNode, accountId?: string) {
  const api = mockApi();
  await api.signIn(username, accountId);
  await renderPage(api, ui);
  return api;
}

export interface BrowserRenderOptions {
  labels?: Partial<Labels>;
  initialSession?: Session;
}

/** Renders `ui` on a small page (landmark, heading, themed background) inside a SessionProvider. */
export async function renderPage(
  api: { client: SessionClient },
  ui: ReactNode,
  options: BrowserRenderOptions = {},
) {
  document.body.style.background = 'var(--rsk-background)';
  document.body.style.color = 'var(--rsk-foreground)';
  return render(
    <SessionProvider
      client={api.client}
      {...testProviderProps()}
      labels={options.labels}
      initialSession={options.initialSession}
    >
      <main>
        <h1>Test page</h1>
        {ui}
      </main>
    </SessionProvider>,
  );
}

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The page's media emulated as in Windows' high-contrast themes (CSS `forced-colors: active`). */
async function emulateForcedColors(active: boolean): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: [{ name: 'forced-colors', value: active ? 'active' : 'none' }],
  });
}

const modes = [
  { name: 'light', theme: 'light', forcedColors: false },
  { name: 'dark', theme: 'dark', forcedColors: false },
  { name: 'forced colours', theme: 'light', forcedColors: true },
] as const;

/**
 * Runs axe on the whole page in the light theme, the dark theme and forced colours; returns the
 * violations found.
 */
export async function axeViolations(): Promise<string[]> {
  const found: string[] = [];
  try {
    for (const mode of modes) {
      document.documentElement.dataset.theme = mode.theme;
      await emulateForcedColors(mode.forcedColors);
      expect(matchMedia('(forced-colors: active)').matches).toBe(mode.forcedColors);
      // Let colour transitions settle, else axe measures a half-switched theme (not the endless
      // ones, such as a pending button's spinner: they never finish).
      await Promise.all(
        document
          .getAnimations()
          .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
          .map((animation) => animation.finished.catch(() => undefined)),
      );
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      for (const violation of result.violations) {
        const targets = violation.nodes.map(
          (node) => `${node.target.join(' ')} (${node.failureSummary ?? ''})`,
        );
        found.push(`[${mode.name}] ${violation.id}: ${violation.help} — ${targets.join('; ')}`);
      }
    }
  } finally {
    delete document.documentElement.dataset.theme;
    await emulateForcedColors(false);
  }
  return found;
}

/** Asserts zero axe violations: light, dark and forced colours. */
export async function expectNoAxeViolations(): Promise<void> {
  expect(await axeViolations()).toEqual([]);
}
