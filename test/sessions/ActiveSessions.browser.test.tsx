// ActiveSessions in real Chromium: the mock backend answers through the client's `fetch` option
// (`backend.fetch`, behind the test's overrides), so no service worker is needed.
import { http, HttpResponse, type RequestHandler } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cleanup } from 'vitest-browser-react';
import type { Labels } from '../../src';
import { ActiveSessions, type ActiveSessionsProps } from '../../src/sessions';
import { mockUsers } from '../../src/mock';
import { apiUrl, expectNoAxeViolations, mockApi, renderPage } from '../support/browser';

afterEach(() => cleanup());

interface SetupOptions {
  overrides?: RequestHandler[];
  props?: ActiveSessionsProps;
  username?: 'single' | 'multi';
  /** `<SessionProvider labels>`. */
  labels?: Partial<Labels>;
}

async function setup(options: SetupOptions = {}) {
  const api = mockApi({}, options.overrides);
  const session = await api.signIn(options.username ?? 'single');
  const screen = await renderPage(
    api,
    <ActiveSessions className="my-sessions" {...options.props} />,
    { initialSession: session, labels: options.labels },
  );
  return { backend: api.backend, screen, sid: api.backend.state.sid! };
}

const section = () => page.getByRole('region', { name: 'Active sessions' });
const root = () => document.querySelector<HTMLElement>('[data-slot=active-sessions]');
const items = () => document.querySelectorAll<HTMLElement>('[data-slot=active-sessions-item]');
const itemOf = (text: string) => [...items()].find((item) => item.textContent?.includes(text));

describe('ActiveSessions', () => {
  it('lists active sessions with device, location, last activity, status and "This device" first', async () => {
    const { sid } = await setup();
    await expect.element(page.getByText('Chrome 126 on Macintosh').first()).toBeVisible();
    const rows = items();
    expect(rows.length).toBe(4); // this device, mac, iphone, windows (pending)
    expect(rows[0]?.dataset.current).toBe('true');
    expect(rows[0]?.textContent).toContain('This device');
    expect(rows[0]?.querySelector('[data-slot=active-sessions-revoke]')).toBeNull();
    expect(rows[0]?.textContent).toContain('Amsterdam, Netherlands');
    const iphone = itemOf('Safari 17 on iPhone')!;
    expect(iphone.textContent).toContain('(mobile)');
    expect(iphone.textContent).toContain('Lisbon, Portugal');
    expect(iphone.textContent).toContain('2 hours ago');
    expect(iphone.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(
      itemOf('Firefox 127 on Windows')?.querySelector('[data-slot=active-sessions-status]')
        ?.textContent,
    ).toBe('Pending');
    expect(root()?.getAttribute('data-state')).toBe('ready');
    expect(root()?.className).toBe('my-sessions');
    expect(sid).toMatch(/^sess_/);
    await expectNoAxeViolations();
  });

  it('shows every status with show="all", and formats in the given locale', async () => {
    await setup({ props: { show: 'all', locale: 'de' } });
    await expect.element(page.getByText('Safari 17 on iPhone').first()).toBeVisible();
    const badges = [...document.querySelectorAll('[data-slot=active-sessions-status]')].map(
      (badge) => badge.getAttribute('data-state'),
    );
    expect(new Set(badges)).toEqual(
      new Set([
        'active',
        'pending',
        'revoked',
        'ended',
        'expired',
        'removed',
        'abandoned',
        'replaced',
      ]),
    );
    expect(items()[0]?.textContent).toContain('Amsterdam, Niederlande');
    expect(items()[0]?.textContent).toContain('Active'); // the labels stay the app's own
    expect(itemOf('Safari 17 on iPhone')?.textContent).toContain('vor 2 Stunden');
    await expectNoAxeViolations();
  });

  it('signs one session out with a keyboard-driven confirmation step', async () => {
    const { backend } = await setup();
    const revoke = page.getByRole('button', { name: 'Sign out of Safari 17 on iPhone' });
    await expect.element(revoke).toBeVisible();
    (revoke.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    const group = page.getByRole('group', { name: 'Sign out of Safari 17 on iPhone?' });
    await expect.element(group).toBeVisible();
    // Cancel first: Enter, Enter must not sign a device out.
    await expect.element(group.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await expectNoAxeViolations();

    await userEvent.keyboard('{Escape}');
    await expect.element(group).not.toBeInTheDocument();
    await expect.element(revoke).toHaveFocus();
    expect(backend.sessions.requests['POST /sessions/:id/revoke']).toBeUndefined();

    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Enter}'); // Cancel has focus
    await expect.element(group).not.toBeInTheDocument();
    await expect.element(revoke).toHaveFocus();
    expect(backend.sessions.requests['POST /sessions/:id/revoke']).toBeUndefined();

    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Enter}'); // back to the confirm button
    await expect
      .element(page.getByRole('status').filter({ hasText: 'Signed out of Safari 17 on iPhone.' }))
      .toBeVisible();
    expect(
      itemOf('Safari 17 on iPhone')?.querySelector('[data-slot=active-sessions-status]')
        ?.textContent,
    ).toBe('Signed out');
    expect(
      backend.sessions.records.find((record) => record.id === 'sess_single_iphone')?.status,
    ).toBe('revoked');
    expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Sign out of /); // the next session's button
    await expectNoAxeViolations();
  });

  it('signs out of all other sessions and keeps this device signed in', async () => {
    const { backend, sid } = await setup();
    await page.getByRole('button', { name: 'Sign out of all other sessions' }).click();
    await page
      .getByRole('group', { name: 'Sign out of all 3 other sessions?' })
      .getByRole('button', { name: 'Sign out' })
      .click();
    await expect.element(page.getByText('Signed out of 3 other sessions.')).toBeVisible();
    const mine = backend.sessions.records.filter(
      (record) => record.user_id === mockUsers.single.profile.id,
    );
    expect(mine.find((record) => record.id === sid)?.status).toBe('active');
    expect(
      mine
        .filter((record) => record.status === 'revoked')
        .map((record) => record.id)
        .sort(),
    ).toEqual(
      [
        'sess_single_android',
        'sess_single_iphone',
        'sess_single_mac',
        'sess_single_windows',
      ].sort(),
    );
    expect(backend.state.stage).toBe('signed_in');
    await expect
      .element(page.getByRole('button', { name: 'Sign out of all other sessions' }))
      .not.toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('shows the revoke as pending, then rolls back and alerts when the server refuses', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    await setup({
      overrides: [
        http.post(`${apiUrl}/sessions/:id/revoke`, async () => {
          await gate;
          return HttpResponse.json(
            {
              errors: [
                { code: 'forbidden', message: 'no', long_message: 'You cannot end that session.' },
              ],
            },
            { status: 403 },
          );
        }),
      ],
    });
    await page.getByRole('button', { name: 'Sign out of Safari 17 on iPhone' }).click();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await expect.poll(() => itemOf('Safari 17 on iPhone')?.dataset.state).toBe('pending');
    expect(itemOf('Safari 17 on iPhone')?.getAttribute('aria-busy')).toBe('true');
    await expectNoAxeViolations();
    release();
    await expect
      .element(
        page.getByRole('alert').filter({
          hasText: 'Could not sign out of Safari 17 on iPhone. You cannot end that session.',
        }),
      )
      .toBeVisible();
    expect(itemOf('Safari 17 on iPhone')?.dataset.state).toBe('active');
    await expect
      .element(page.getByRole('button', { name: 'Sign out of Safari 17 on iPhone' }))
      .toBeEnabled();
  });

  it('shows a loading state, then an error with a working retry', async () => {
    let fail = true;
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    await setup({
      overrides: [
        http.get(`${apiUrl}/sessions`, async () => {
          await gate;
          if (!fail) return undefined;
          // 403: not retried (a 5xx would be, three times with back-off, before the error shows).
          return HttpResponse.json(
            {
              errors: [
                {
                  code: 'forbidden',
                  message: 'no',
                  long_message: 'The session list is unavailable.',
                },
              ],
            },
            { status: 403 },
          );
        }),
      ],
    });
    await expect
      .element(page.getByRole('status').filter({ hasText: 'Loading sessions…' }))
      .toBeVisible();
    expect(root()?.getAttribute('aria-busy')).toBe('true');
    await expectNoAxeViolations();
    release();
    await expect
      .element(page.getByRole('alert').filter({ hasText: 'The session list is unavailable.' }))
      .toBeVisible();
    expect(root()?.getAttribute('data-state')).toBe('error');
    await expectNoAxeViolations();
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect.element(page.getByText('Safari 17 on iPhone')).toBeVisible();
  });

  it('shows an empty state', async () => {
    await setup({
      overrides: [
        http.get(`${apiUrl}/sessions`, () => HttpResponse.json({ data: [], total_count: 0 })),
      ],
    });
    await expect.element(page.getByText('There are no active sessions.')).toBeVisible();
    expect(root()?.getAttribute('data-state')).toBe('empty');
    await expect.element(section()).toBeVisible();
    await expectNoAxeViolations();
  });

  it('takes its text from the provider labels, its own labels prop winning', async () => {
    await setup({
      labels: {
        activeSessions: 'Aktive Sitzungen',
        thisDevice: 'Dieses Gerät',
        revoke: 'Abmelden',
        revokeSession: (device) => `Von ${device} abmelden`,
        revokeOthers: 'Alle anderen Sitzungen abmelden',
        sessionDevice: (browser, device) => [browser, device].filter(Boolean).join(' auf '),
        lastActive: 'Zuletzt aktiv',
      },
      props: { labels: { revokeOthers: 'Überall sonst abmelden' } },
    });
    await expect.element(page.getByRole('region', { name: 'Aktive Sitzungen' })).toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Aktive Sitzungen' })).toBeVisible();
    await expect
      .element(page.getByRole('button', { name: 'Von Safari 17 auf iPhone abmelden' }))
      .toHaveTextContent('Abmelden');
    expect(items()[0]?.textContent).toContain('Dieses Gerät');
    expect(itemOf('Safari 17 auf iPhone')?.textContent).toContain('Zuletzt aktiv');
    await expect
      .element(page.getByRole('button', { name: 'Überall sonst abmelden' }))
      .toBeVisible();
    expect(document.body.textContent).not.toContain('Alle anderen Sitzungen abmelden');
    expect(itemOf('Safari 17 auf iPhone')?.textContent).toContain('Active'); // the rest stays English
  });

  it('is styled by styles.css: the list, the badges per status, the buttons, light and dark', async () => {
    await setup({ props: { show: 'all' } });
    await expect.element(page.getByText('Safari 17 on iPhone').first()).toBeVisible();
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    const badge = (status: string) =>
      style(`[data-slot=active-sessions-status][data-state=${status}]`);
    const themes = {
      light: { background: 'rgb(255, 255, 255)', info: 'rgb(30, 66, 159)' },
      dark: { background: 'rgb(21, 24, 30)', info: 'rgb(168, 196, 250)' },
    };
    for (const [theme, colors] of Object.entries(themes)) {
      document.documentElement.dataset.theme = theme;
      await Promise.all(
        document.getAnimations().map((animation) => animation.finished.catch(() => undefined)),
      );
      expect(style('[data-slot=active-sessions-list]').listStyleType).toBe('none');
      expect(style('[data-slot=active-sessions-list]').backgroundColor).toBe(colors.background);
      expect(style('[data-slot=active-sessions-item]').display).toBe('flex');
      // "Active" goes without saying; every other status has a badge, and pending, signed out
      // and over look different.
      expect(badge('active').display).toBe('none');
      expect(badge('pending').color).not.toBe(colors.info);
      const looks = ['pending', 'revoked', 'expired'].map(
        (status) => `${badge(status).color} ${badge(status).backgroundColor}`,
      );
      expect(new Set(looks).size).toBe(3);
      expect(style('[data-slot=active-sessions-current]').backgroundColor).not.toBe(
        colors.background,
      );
      expect(style('[data-slot=active-sessions-revoke]').cursor).toBe('pointer');
      expect(style('[data-slot=active-sessions-revoke-others]').borderStyle).toBe('solid');
      // The empty live regions stay in the accessibility tree but take no room.
      expect(style('[data-slot=active-sessions-announcement]').display).not.toBe('none');
      expect(style('[data-slot=active-sessions-message]').borderTopWidth).toBe('0px');
    }
    delete document.documentElement.dataset.theme;
    await expectNoAxeViolations();
  });

  it('marks the session named by currentSessionId when the JWT cannot be read', async () => {
    await setup({ props: { currentSessionId: 'sess_single_mac' } });
    await expect.element(page.getByText('This device')).toBeVisible();
    expect(items()[0]?.textContent).toContain('Chrome 126 on Macintosh');
    expect(items()[0]?.textContent).toContain('Berlin, Germany');
  });
});
