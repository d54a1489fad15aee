// The keyboard-only walk through the whole demo: Tab, Shift+Tab, arrows, Enter and typing, with
// where focus lands checked after every step. Focus must never fall back to <body>.
import { expect } from 'vitest';
import { expectSignedIn, expectSignedOut, type DemoUser } from './flows';
import type { Page } from './harness';

type Target = ReturnType<Page['locator']>;

/** The focused element, as a person would name it: `BUTTON "Log out"`, or `BODY`. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'BODY';
    const label = element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : null;
    const name = element.getAttribute('aria-label') ?? label ?? element.textContent ?? '';
    return `${element.tagName} "${name.trim().slice(0, 60)}"`;
  });
}

/** True when `target` (or, matching several, one of them) has focus. */
const hasFocus = (target: Target) =>
  target.evaluateAll((elements) => elements.some((element) => element === document.activeElement));

/** Waits until `target` has focus; on failure, says what had it instead. */
async function expectFocus(page: Page, target: Target, step: string): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!(await hasFocus(target))) {
    if (Date.now() > deadline)
      expect.fail(`after "${step}", focus is on ${await focused(page)}, not on ${target}`);
    await page.waitForTimeout(25);
  }
  expect(await focused(page), step).not.toBe('BODY');
  // A focus ring the user can see: not on a visually hidden (1 px, clipped) element.
  const size = await page.evaluate(() => {
    const box = document.activeElement?.getBoundingClientRect();
    return Math.min(box?.width ?? 0, box?.height ?? 0);
  });
  expect(size, `${step}: the focused element is visually hidden`).toBeGreaterThan(1);
}

/** Presses Tab until `target` has focus (at most 40 times). */
async function tabTo(page: Page, target: Target): Promise<void> {
  const visited: string[] = [];
  for (let press = 0; press < 40; press += 1) {
    if (await hasFocus(target)) return;
    await page.keyboard.press('Tab');
    visited.push(await focused(page));
  }
  expect.fail(`Tab never reached ${target}; it went through ${visited.join(', ')}`);
}

/** Tabs to the demo's user menu button and opens it with Enter (focus stays on the button). */
async function openUserMenu(page: Page): Promise<void> {
  const trigger = page.locator('.demo-menu-trigger');
  await tabTo(page, trigger);
  await page.keyboard.press('Enter');
  await expect.poll(() => trigger.getAttribute('aria-expanded')).toBe('true');
  await expectFocus(page, trigger, 'open the user menu');
}

const initechTitle = 'Initech Research & Development Division, Northern Region';

/**
 * Logs in as `multi`, picks Initech, switches to Acme Corp, locks and unlocks the screen (from the
 * user menu), dismisses Acme Corp's only alert and logs out, all from the keyboard.
 */
export async function keyboardWalk(page: Page, multi: DemoUser): Promise<void> {
  const heading = (name: string) => page.getByRole('heading', { level: 1, name });
  // A new page: its heading, or <main> when the heading came after focus had to move.
  const pageStart = (name: string) => page.locator('main').or(heading(name));

  const login = page.getByRole('form', { name: 'Log in' });
  await tabTo(page, login.getByLabel('Username'));
  await page.keyboard.type(multi.username);
  await page.keyboard.press('Tab');
  await expectFocus(page, login.getByLabel('Password', { exact: true }), 'Tab from Username');
  await page.keyboard.type(multi.password);
  await page.keyboard.press('Enter');

  const choice = page.getByRole('form', { name: 'Choose an account' });
  await expectFocus(page, choice.getByRole('radio', { name: /^Globex/ }), 'log in');
  await page.keyboard.press('ArrowDown');
  const initech = choice.getByRole('radio', { name: /^Initech/ });
  await expectFocus(page, initech, 'ArrowDown in the account list');
  expect(await initech.isChecked()).toBe(true);
  await tabTo(page, choice.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  await expectSignedIn(page, multi, initechTitle);
  await expectFocus(page, pageStart(`Hello, ${multi.name}`), 'continue with Initech');

  await tabTo(page, page.getByRole('button', { name: `Account: ${initechTitle}` }));
  await page.keyboard.press('Enter');
  await expectFocus(
    page,
    page.getByRole('menuitemradio', { name: `${initechTitle} (current)` }),
    'open the account menu',
  );
  await page.keyboard.press('Home');
  await expectFocus(page, page.getByRole('menuitemradio', { name: 'Acme Corp' }), 'Home');
  await page.keyboard.press('Enter');
  await expectSignedIn(page, multi, 'Acme Corp');
  await expectFocus(page, page.getByRole('button', { name: 'Account: Acme Corp' }), 'switch');

  await openUserMenu(page);
  await tabTo(page, page.getByRole('button', { name: 'Lock screen' }));
  await page.keyboard.press('Enter');
  const lock = page.getByRole('form', { name: 'Screen locked' });
  await expectFocus(page, lock.getByLabel('Password', { exact: true }), 'lock the screen');
  await page.keyboard.type(multi.password);
  await page.keyboard.press('Enter');
  await expectSignedIn(page, multi, 'Acme Corp');
  await expectFocus(page, pageStart(`Hello, ${multi.name}`), 'unlock');

  const alerts = page.getByRole('region', { name: 'Alerts' });
  await tabTo(page, alerts.getByRole('button', { name: /^Dismiss/ }));
  await page.keyboard.press('Enter');
  await alerts.waitFor({ state: 'detached' });
  const afterAlerts = page.locator('main :focus');
  await expectFocus(page, afterAlerts, 'dismiss the last alert');

  await openUserMenu(page);
  await tabTo(page, page.getByRole('button', { name: 'Log out' }));
  await page.keyboard.press('Enter');
  await expectSignedOut(page);
  await expectFocus(page, pageStart('Log in to the demo'), 'log out');
}
