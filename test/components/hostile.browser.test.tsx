// Hostile server data in real Chromium: nothing from the server may execute, become markup or
// become a dangerous link. Every payload calls window.__tripwire, which must never be called.
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  AccountSelect,
  AccountSwitcher,
  AlertBanner,
  LoginFlow,
  LoginForm,
  safeUrl,
  UserAvatar,
} from '../../src';
import { mockUsers, type MockUser } from '../../src/mock';
import { apiUrl, mockApi, renderPage } from '../support/browser';
import { errorAnswer } from '../fixtures/errors';

/** The account the radio group of AccountSelect has chosen. */
const chosenAccount = () =>
  document.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value;

declare global {
  interface Window {
    __tripwire?: (where: string) => void;
  }
}

const trip = (where: string) => `window.__tripwire&&window.__tripwire('${where}')`;
const markup = (where: string) =>
  `<img src=x onerror="${trip(where)}"><script>${trip(`${where} script`)}</script><svg onload="${trip(`${where} svg`)}"></svg><b>bold</b>`;

/** The same call without `&`, which would make the SVG ill-formed XML (and so never load). */
const tripXml = (where: string) => `window.__tripwire('${where}')`;

const hostileSvg = [
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" onload="${tripXml('avatar onload')}">`,
  `<script>${tripXml('avatar script')}</script>`,
  `<foreignObject width="32" height="32"><body xmlns="http://www.w3.org/1999/xhtml">`,
  `<img src="x" onerror="${tripXml('avatar foreignObject img')}"/>`,
  `<iframe src="javascript:parent.__tripwire('avatar foreignObject iframe')"></iframe>`,
  `</body></foreignObject>`,
  `<image href="javascript:${tripXml('avatar image href')}"/>`,
  `<circle cx="16" cy="16" r="16" fill="#952c8b"/></svg>`,
].join('');

const dangerousHrefs = [
  `javascript:${trip('href plain')}`,
  `JaVaScRiPt:${trip('href mixed case')}`,
  ` javascript:${trip('href leading space')}`,
  `\tjavascript:${trip('href leading tab')}`,
  `java\tscript:${trip('href embedded tab')}`,
  `java\nscript:${trip('href embedded newline')}`,
  `\u0000javascript:${trip('href leading NUL')}`,
  `data:text/html,<script>${trip('href data')}</script>`,
  `DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
  `vbscript:msgbox(1)`,
  `//evil.example/phish`,
];

const hostileAlerts = dangerousHrefs.map((href, index) => ({
  id: `hostile-${index}`,
  title: markup(`alert title ${index}`),
  description: markup('alert description'),
  text: markup(`alert text ${index}`),
  href,
  access: '*',
  priority: (index % 3) + 1,
  timestamp: 1727348860 - index,
}));

const single = mockUsers.single;
/** Account `acc_h<n>` with a hostile title and the hostile alerts. */
const hostileMembership = (n: number) => ({
  ...single.memberships[0]!,
  account: {
    ...single.memberships[0]!.account,
    id: `acc_h${n}`,
    title: markup(`account title ${n}`),
  },
  alerts: hostileAlerts,
});
const hostileUser: MockUser = {
  ...single,
  username: 'hostile',
  profile: {
    ...single.profile,
    name: markup('user name'),
    avatar: hostileSvg,
    avatar_color: 'red;background:url(javascript:alert(1))',
  },
  memberships: [hostileMembership(1), hostileMembership(2)],
  lastLoginAccountId: 'acc_h2',
};

const hostileApp = {
  id: 'app_h',
  title: markup('app title'),
  reset_url: ` JaVaScRiPt:${trip('reset_url')}`,
  signup_url: `data:text/html,<script>${trip('signup_url')}</script>`,
  allow_signup: true,
};

const tripwire = vi.fn();
beforeEach(() => {
  tripwire.mockReset();
  window.__tripwire = tripwire;
});
afterEach(() => {
  delete window.__tripwire;
});

/** Waits for every image to load or fail, and a little longer for anything that might fire. */
async function settle() {
  await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
  await new Promise((resolve) => setTimeout(resolve, 200));
}

function expectNothingExecutedOrInjected() {
  expect(tripwire).not.toHaveBeenCalled();
  const main = document.querySelector('main');
  expect(main).not.toBeNull();
  expect(
    main!.querySelectorAll('script, svg, iframe, object, embed, foreignObject, b'),
  ).toHaveLength(0);
  expect(
    document.querySelectorAll('a[href^="javascript" i], a[href^="data" i], a[href^="vbscript" i]'),
  ).toHaveLength(0);
  expect(
    [...document.querySelectorAll('script')].filter((script) =>
      script.textContent?.includes('__tripwire'),
    ),
  ).toEqual([]);
  for (const link of main!.querySelectorAll('a'))
    expect(safeUrl(link.getAttribute('href'))).not.toBeNull();
  for (const image of main!.querySelectorAll('img')) {
    expect(image.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,/);
    expect([...image.attributes].map((attribute) => attribute.name).sort()).toEqual(
      ['alt', 'data-slot', 'draggable', 'src'].sort(),
    );
  }
  for (const element of main!.querySelectorAll('*')) {
    for (const attribute of element.attributes) expect(attribute.name).not.toMatch(/^on/i);
  }
}

describe('hostile data executes nothing (tripwire)', () => {
  it('the tripwire works: the same payloads put in as live markup call it', async () => {
    const probe = document.createElement('div');
    document.body.append(probe);
    try {
      probe.innerHTML = markup('self-test markup');
      await expect
        .poll(() => tripwire.mock.calls.map(([where]) => where))
        .toContain('self-test markup');
      tripwire.mockReset();
      probe.innerHTML = hostileSvg;
      await expect.poll(() => tripwire.mock.calls.length).toBeGreaterThan(0);
    } finally {
      probe.remove();
      tripwire.mockReset();
    }
  });

  it('avatar SVG with onload, <script>, foreignObject: only ever an image', async () => {
    const api = mockApi({ users: [hostileUser] });
    await api.signIn('hostile', 'acc_h1');
    await renderPage(api, <UserAvatar alt="avatar" />);
    await expect.element(page.getByRole('img', { name: 'avatar' })).toBeVisible();
    await expect
      .poll(() => document.querySelector('[data-slot=user-avatar]')?.getAttribute('data-state'))
      .toBe('image');
    await settle();
    expectNothingExecutedOrInjected();
    expect(
      document.querySelector<HTMLElement>('[data-slot=user-avatar]')?.getAttribute('style'),
    ).toBeNull();
  });

  it('alerts: markup in titles and texts is text; javascript:, data:, vbscript: and //host are never links', async () => {
    const api = mockApi({ users: [hostileUser] });
    await api.signIn('hostile', 'acc_h1');
    await renderPage(api, <AlertBanner max={20} />);
    const region = page.getByRole('region', { name: 'Alerts' });
    await expect.element(region).toBeVisible();
    await expect.element(region).toHaveTextContent('<script>');
    expect(document.querySelectorAll('[data-slot=alert-banner-item]')).toHaveLength(
      dangerousHrefs.length,
    );
    expect(document.querySelectorAll('[data-slot=alert-banner-link]')).toHaveLength(0);
    // Dismissing with the keyboard runs nothing either.
    (document.querySelector('[data-slot=alert-banner-dismiss]') as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await settle();
    expectNothingExecutedOrInjected();
  });

  it('app URLs with javascript: and data: never become the reset or sign-up links', async () => {
    let served = 0;
    const api = mockApi({}, [
      http.get(`${apiUrl}/app/session`, () => {
        served += 1;
        return HttpResponse.json({
          auth: false,
          app: hostileApp,
          account: {},
          user: {},
          access: {},
          alerts: [],
        });
      }),
    ]);
    await renderPage(api, <LoginForm />);
    await expect.element(page.getByRole('form', { name: 'Log in' })).toBeVisible();
    await expect.poll(() => served).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(document.querySelectorAll('a')).toHaveLength(0);
    await settle();
    expectNothingExecutedOrInjected();
  });

  it('error texts with markup (message and field) render as text', async () => {
    const api = mockApi({}, [
      http.post(`${apiUrl}/app/login`, () =>
        errorAnswer(422, markup('error message'), { username: markup('field error') }),
      ),
    ]);
    await renderPage(api, <LoginForm />);
    await userEvent.fill(page.getByLabelText('Username'), 'hostile');
    await userEvent.fill(page.getByLabelText('Password'), 'password');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByRole('alert')).toHaveTextContent('<img src=x onerror=');
    await expect.element(page.getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true');
    await settle();
    expectNothingExecutedOrInjected();
  });

  it('account titles with markup in the login flow, AccountSelect and AccountSwitcher render as text', async () => {
    const api = mockApi({ users: [hostileUser] });
    await renderPage(api, <LoginFlow />);
    await userEvent.fill(page.getByLabelText('Username'), 'hostile');
    await userEvent.fill(page.getByLabelText('Password'), 'password');
    await userEvent.keyboard('{Enter}');
    await expect.poll(chosenAccount).toBe('acc_h2');
    expect(
      [...document.querySelectorAll('[data-slot=account-select-option-title]')].map(
        (title) => title.textContent,
      ),
    ).toEqual([markup('account title 1'), markup('account title 2')]);
    await settle();
    expectNothingExecutedOrInjected();

    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByText('You are logged in.')).toBeInTheDocument();
    await settle();
    expectNothingExecutedOrInjected();
  });

  it('the switcher and a stand-alone AccountSelect with hostile titles', async () => {
    const api = mockApi({ users: [hostileUser] });
    await api.signIn('hostile');
    const first = await renderPage(api, <AccountSelect />);
    await expect.poll(chosenAccount).toBe('acc_h2');
    await settle();
    expectNothingExecutedOrInjected();
    await first.unmount();

    await userEvent.click(document.body);
    const api2 = mockApi({ users: [hostileUser] });
    await api2.signIn('hostile', 'acc_h1');
    await renderPage(
      api2,
      <>
        <AccountSwitcher />
        <AlertBanner />
        <UserAvatar />
      </>,
    );
    const switcher = page.getByRole('button', { name: /^Account: / });
    await expect.element(switcher).toBeVisible();
    await userEvent.click(switcher);
    await userEvent.click(page.getByRole('menuitemradio').nth(1));
    await expect
      .element(page.getByRole('status').filter({ hasText: 'Switched to' }))
      .toHaveTextContent('<script>');
    await settle();
    expectNothingExecutedOrInjected();
  });
});
