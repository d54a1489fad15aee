import type { MockAccount, MockAlert, MockApp, MockUser } from './types';

/**
 * The `app` object every mock session carries.
 *
 * @example
 * import { mockApp } from 'react-session-kit/mock';
 * console.log(mockApp.title); // "Demo App"
 */
export const mockApp: MockApp = {
  id: 'app_1234567891',
  title: 'Demo App',
  created: 1620000000,
  login_url: 'https://demo.app/login',
  reset_url: 'https://demo.app/reset',
  signup_url: 'https://demo.app/signup',
  network_url: 'https://demo.app/network',
  stripe_pub_key: 'pk_test_1234567890',
  stripe_key_exists: true,
  allow_signup: true,
};

const account = (id: string, title: string, city: string, lastLogin: number): MockAccount => ({
  id,
  created: 1670635932,
  title,
  address: '123 Main St',
  city,
  state: 'NY',
  zip: '12345',
  url: `https://${id.replace('acc_', 'account-')}.example.test`,
  contact_name: 'John Doe',
  contact_email: `contact@${id.replace('acc_', 'account-')}.example.test`,
  timezone_id: 'America/New_York',
  country_id: 'US',
  is_app_account: true,
  phone: '123-456-7890',
  domain_id: 'demo_domain',
  version_id: 'demo_version',
  last_login: lastLogin,
  utc_offset: -14400,
  counters: { demo_counter: 0 },
  optional_features: [],
  stats: { user_count: 10, role_count: 23, children_count: 4 },
});

const acme = account('acc_1000000001', 'Acme Corp', 'Any Town', 1727003260);
const globex = account('acc_1000000002', 'Globex', 'Springfield', 1727100000);
const initech = account(
  'acc_1000000003',
  'Initech Research & Development Division, Northern Region',
  'Rochester',
  1726900000,
);
const umbrella = account('acc_1000000004', 'Umbrella Supplies', 'Albany', 1727200000);

const alert = (
  id: string,
  priority: number,
  access: string,
  href: string,
  title: string,
  text: string,
): MockAlert => ({
  id,
  title,
  description: `Alerts you when: ${title.toLowerCase()}.`,
  text,
  href,
  access,
  priority,
  timestamp: 1727348860 - priority * 3600,
});

const expiredCard = alert(
  'expired-card',
  1,
  'account-payment-methods:u',
  '/account-payment-methods',
  'Expired payment method',
  'One or more of your credit cards has expired. Please update your payment methods.',
);
const welcome = alert(
  'welcome',
  3,
  '*',
  '',
  'Welcome',
  'Welcome to the demo app. Have a look around.',
);

// An image cannot inherit the page's font: the SVG names the kit's (else its text is serif).
const avatarSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="16" fill="#952c8b"/><text x="16" y="21" font-family="ui-sans-serif, system-ui, sans-serif" font-size="13" font-weight="600" text-anchor="middle" fill="#fff">SS</text></svg>';

/**
 * The demo users. Every password is `password`:
 * - `single`: one account (Acme Corp), full access, two alerts; logs in directly.
 * - `multi`: three accounts with different access; `last_login` is Globex; logs in through account selection.
 * - `restricted`: one account with `reports: r` only, and alerts of priority 1–3 of which some need access
 *   the user lacks (the server does not filter alerts; the client does).
 *
 * @example
 * import { mockUsers } from 'react-session-kit/mock';
 * await fetch(`${apiUrl}/app/login`, {
 *   method: 'POST',
 *   body: JSON.stringify({ username: mockUsers.single.username, password: mockUsers.single.password }),
 * });
 */
export const mockUsers: Record<'single' | 'multi' | 'restricted', MockUser> = {
  single: {
    username: 'single',
    password: 'password',
    profile: {
      id: 'usr_1000000001',
      created: 1670635932,
      last_login: 1727003260,
      name: 'Sam Single',
      email: 'single@example.test',
      avatar: avatarSvg,
      avatar_color: '#952c8b',
      hidden_tips: [],
      mobile_number: '123-456-7890',
    },
    memberships: [
      {
        account: acme,
        roles: ['rol_1000000001'],
        account_user: 3,
        access: {
          'account-users': 'crud',
          'account-settings': 'cru',
          'account-payment-methods': 'crud',
          payments: 'crud',
          reports: 'r',
        },
        alerts: [expiredCard, welcome],
      },
    ],
    lastLoginAccountId: acme.id,
  },
  multi: {
    username: 'multi',
    password: 'password',
    profile: {
      id: 'usr_1000000002',
      created: 1670635932,
      last_login: 1727100000,
      name: 'Morgan Multi',
      email: 'multi@example.test',
      avatar: '',
      avatar_color: '#1f6feb',
      hidden_tips: [],
      mobile_number: '',
    },
    memberships: [
      {
        account: acme,
        roles: ['rol_1000000001'],
        account_user: 4,
        access: { 'account-users': 'crud', payments: 'crud', reports: 'crud' },
        alerts: [welcome],
      },
      {
        account: globex,
        roles: ['rol_1000000002'],
        account_user: 1,
        access: { payments: 'r', reports: 'r' },
        alerts: [expiredCard],
      },
      {
        account: initech,
        roles: ['rol_1000000003'],
        account_user: 7,
        access: { 'account-users': 'r', reports: 'crud' },
        alerts: [],
      },
    ],
    lastLoginAccountId: globex.id,
  },
  restricted: {
    username: 'restricted',
    password: 'password',
    profile: {
      id: 'usr_1000000003',
      created: 1670635932,
      last_login: 1727200000,
      name: 'Riley Restricted',
      email: 'restricted@example.test',
      avatar: '',
      avatar_color: '#2e7d32',
      hidden_tips: ['welcome-tour'],
      mobile_number: '',
    },
    memberships: [
      {
        account: umbrella,
        roles: ['rol_1000000004'],
        account_user: 9,
        access: { reports: 'r' },
        alerts: [
          expiredCard,
          alert(
            'report-ready',
            2,
            'reports:r',
            '',
            'Report ready',
            'Your monthly report is ready to view.',
          ),
          alert(
            'new-users',
            3,
            'account-users',
            '',
            'New users',
            'Two people joined your account this week.',
          ),
        ],
      },
    ],
    lastLoginAccountId: umbrella.id,
  },
};
