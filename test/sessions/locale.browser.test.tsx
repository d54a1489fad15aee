// Relative times and country names in the labels' language (or the page's), not the browser's:
// Chromium here runs in English, as `navigator.language` says.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import { SessionProvider, type Labels } from '../../src';
import { createSessionClient } from '../../src/core/client';
import { createMockBackend, mockUsers } from '../../src/mock';
import { ActiveSessions } from '../../src/sessions';
import { testQueryClient } from '../support/queryClient';

const apiUrl = 'https://api.example.test';
let providers = 0;

beforeEach(() => {
  expect(navigator.language).toMatch(/^en\b/);
});

afterEach(() => {
  cleanup();
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
});

async function showSessions(labels?: Partial<Labels>) {
  const backend = createMockBackend({ apiUrl, jwtTransport: 'body' });
  const client = createSessionClient({ apiUrl, fetch: backend.fetch, jwtTransport: 'bearer' });
  const session = await client.login({ username: 'single', password: mockUsers.single.password });
  providers += 1;
  await render(
    <SessionProvider
      client={client}
      initialSession={session}
      queryClient={testQueryClient()}
      storage="memory"
      storageKey={`sessions-locale-${providers}`}
      refetchInterval={false}
      labels={labels}
    >
      <ActiveSessions />
    </SessionProvider>,
  );
  await expect.element(page.getByText('This device')).toBeInTheDocument();
  return [...document.querySelectorAll('[data-slot=active-sessions-item]')]
    .map((item) => item.textContent)
    .join('\n');
}

it('speaks French with French labels', async () => {
  const text = await showSessions({ locale: 'fr' });
  expect(text).toContain('Amsterdam, Pays-Bas');
  expect(text).toMatch(/il y a \d+ (minutes|heures?)/);
  expect(text).not.toContain('Netherlands');
});

it('speaks Arabic with Arabic labels', async () => {
  const text = await showSessions({ locale: 'ar' });
  expect(text).toContain('Amsterdam, هولندا');
  expect(text).toMatch(/قبل/);
  expect(text).not.toMatch(/ ago/);
});

it("follows the page's <html lang> when the labels name no locale", async () => {
  document.documentElement.lang = 'fr';
  const text = await showSessions();
  expect(text).toContain('Pays-Bas');
  expect(text).not.toContain('Netherlands');
});

it("stays in the browser's language on a page without a language", async () => {
  const text = await showSessions();
  expect(text).toContain('Amsterdam, Netherlands');
  expect(text).toMatch(/ ago/);
});

/** The text of `element`'s first part (itself included) isolated from the text around it. */
// Markup, not computed style: this Chromium computes `unicode-bidi: isolate` for a plain <dd>.
function isolatedText(element: Element): string | null {
  const isolate = element.matches('bdi, [dir=auto]')
    ? element
    : element.querySelector('bdi, [dir=auto]');
  return isolate?.textContent ?? null;
}

it('isolates the IP address in an Arabic layout, not the sentences the labels make', async () => {
  document.documentElement.dir = 'rtl';
  await showSessions({
    locale: 'ar',
    sessionDevice: (browser, device) => `${browser} على ${device}`,
  });
  const items = [...document.querySelectorAll('[data-slot=active-sessions-item]')];
  const ipAddresses = items.flatMap((item) =>
    [...item.querySelectorAll('dt')]
      .filter((term) => term.textContent === 'IP address')
      .map((term) => term.nextElementSibling),
  );
  expect(ipAddresses.length).toBeGreaterThan(0);
  for (const address of ipAddresses) {
    expect(address?.textContent).toMatch(/^[\d.:a-f]+$/);
    expect(isolatedText(address!)).toBe(address?.textContent);
  }
  // Isolated whole, "Chrome 126 على Macintosh" would be laid out left to right.
  for (const item of items) {
    const device = item.querySelector('[data-slot=active-sessions-device]')!;
    expect(device.textContent).toContain(' على ');
    expect(isolatedText(device)).toBeNull();
  }
});
