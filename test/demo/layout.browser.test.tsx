// The demo's shell on a 320 px phone (WCAG 1.4.10 reflow): nothing scrolls sideways and the
// header stays one row, signed in with several accounts (the switcher and the user menu in it).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import { createTestSession, MockSessionProvider } from 'react-session-kit/testing';
import { MemoryDemo } from '../../demo/src/MemoryDemo';
import '../../src/styles.css';
import '../../demo/src/demo.css';

const accounts = [
  { id: 'acc_1', title: 'Acme Corp' },
  { id: 'acc_2', title: 'Initech Research & Development Division, Northern Region' },
];

beforeEach(async () => {
  await page.viewport(320, 640);
});

afterEach(() => cleanup());

/** How far the page scrolls sideways (0 when it reflows). */
const sidewaysScroll = () =>
  document.documentElement.scrollWidth - document.documentElement.clientWidth;

/** The header's children sit on one line: each one's vertical middle inside every other's box. */
function headerRows() {
  const header = document.querySelector('header');
  if (!header) throw new Error('no header');
  const boxes = [...header.children].map((child) => child.getBoundingClientRect());
  const middle = (box: DOMRect) => box.top + box.height / 2;
  return new Set(boxes.map((box) => Math.round(middle(box) / 8))).size;
}

describe('the demo at 320 px', () => {
  it.each([
    ['/', 'Hello, Sam Single'],
    ['/sessions', 'Active sessions'],
    ['/users', 'Users'],
  ])('%s: no sideways scroll, a one-row header', async (path, heading) => {
    await render(
      <MockSessionProvider session="fullAccess" accounts={accounts}>
        <MemoryDemo path={path} />
      </MockSessionProvider>,
    );
    await expect.element(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect.element(page.getByRole('button', { name: /^Account: / })).toBeVisible();
    expect(sidewaysScroll()).toBe(0);
    expect(headerRows()).toBe(1);
    expect(document.querySelector('header')!.getBoundingClientRect().height).toBeLessThanOrEqual(
      64,
    );
  });

  it('long unbroken names give way with ellipses, not the row', async () => {
    const long = 'W'.repeat(60);
    const session = createTestSession({
      user: { name: `${long}-name` },
      account: { id: 'acc_1', title: `${long}-account` },
    });
    await render(
      <MockSessionProvider
        session={session}
        accounts={[{ id: 'acc_1', title: `${long}-account` }, ...accounts.slice(1)]}
      >
        <MemoryDemo path="/" />
      </MockSessionProvider>,
    );
    await expect.element(page.getByRole('button', { name: /^Account: / })).toBeVisible();
    expect(sidewaysScroll()).toBe(0);
    expect(headerRows()).toBe(1);
    for (const name of [/^Account: /, /-name/]) {
      const box = page.getByRole('button', { name }).element().getBoundingClientRect();
      expect(box.width).toBeGreaterThan(30);
      expect(box.right).toBeLessThanOrEqual(320);
    }
  });

  it('the login page: no sideways scroll, the card within the screen', async () => {
    await render(
      <MockSessionProvider session="signedOut">
        <MemoryDemo path="/login" />
      </MockSessionProvider>,
    );
    await expect.element(page.getByRole('form', { name: 'Log in' })).toBeVisible();
    expect(sidewaysScroll()).toBe(0);
    expect(headerRows()).toBe(1);
    const card = document.querySelector('[data-slot=login-flow]')!.getBoundingClientRect();
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(320);
  });
});
