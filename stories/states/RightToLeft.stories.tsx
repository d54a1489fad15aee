import type { Meta, StoryObj } from '@storybook/react-vite';
import { AccountSelect, LoginFlow, LoginForm } from 'react-session-kit';
import { mockUsers } from 'react-session-kit/mock';
import { ActiveSessions } from 'react-session-kit/sessions';
import { expect, waitFor } from 'storybook/test';
import { longNames } from './accountFixtures';
import { SignedInChrome } from './SignedInChrome';
import { extraAlerts } from './themeFixtures';

/**
 * A right-to-left locale: Arabic labels on the provider (`<SessionProvider labels>`) and
 * `dir="rtl"` on the page; the kit's stylesheet uses logical properties, so the layout mirrors.
 * The Locale toolbar switches any story. Server messages stay as the server sends them.
 */
const meta = {
  title: 'States/Right to left',
  tags: ['!autodocs'],
  globals: { locale: 'ar' },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** The login form in Arabic, mirrored. */
export const LoginFormIdle: Story = {
  render: () => <LoginForm />,
  play: async ({ canvas }) => {
    const username = canvas.getByLabelText('اسم المستخدم');
    await expect(getComputedStyle(username).direction).toBe('rtl');
    await expect(canvas.getByRole('button', { name: 'تسجيل الدخول' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'هل نسيت كلمة المرور؟' })).toBeVisible();
  },
};

/** Submitted empty: the translated field errors. */
export const LoginFormFieldErrors: Story = {
  render: () => <LoginForm />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'تسجيل الدخول' }));
    await expect(await canvas.findByText('أدخل اسم المستخدم.')).toBeVisible();
    await expect(canvas.getByLabelText('اسم المستخدم')).toHaveAttribute('aria-invalid', 'true');
  },
};

/** A multi-account login through the whole flow, in Arabic. */
export const LoginFlowMultiAccount: Story = {
  render: () => <LoginFlow />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText('اسم المستخدم'), mockUsers.multi.username);
    await userEvent.type(canvas.getByLabelText('كلمة المرور'), 'password{Enter}');
    await expect(await canvas.findByRole('group', { name: 'الحساب' })).toBeInTheDocument();
    await expect(canvas.getByRole('heading', { name: 'اختر حسابًا' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'متابعة' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'استخدام حساب آخر' })).toBeVisible();
  },
};

/** Long account names, Latin and Arabic, in a right-to-left form. */
export const AccountChoiceLongNames: Story = {
  parameters: {
    mockApi: {
      user: 'long',
      account: 'choose',
      backend: { users: [...Object.values(mockUsers), longNames] },
    },
  },
  render: () => <AccountSelect />,
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('group', { name: 'الحساب' })).toBeInTheDocument();
    await expect(canvas.getAllByRole('radio')).toHaveLength(4);
  },
};

/** Signed in: avatar, switcher and alerts, mirrored; the count of hidden alerts is pluralised. */
export const SignedIn: Story = {
  parameters: { mockApi: { user: 'single', changes: extraAlerts } },
  render: () => <SignedInChrome />,
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('region', { name: 'التنبيهات' })).toBeVisible();
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(3));
  },
};

/** Dark and right to left together. */
export const DarkRightToLeft: Story = {
  globals: { theme: 'dark', locale: 'ar' },
  render: () => <LoginForm />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'تسجيل الدخول' }));
    await expect(await canvas.findByText('أدخل كلمة المرور.')).toBeVisible();
  },
};

/** The active sessions in Arabic: this device first, dates and countries in Arabic (the labels' `locale`). */
export const ActiveSessionsList: Story = {
  parameters: { mockApi: { user: 'single' } },
  render: () => <ActiveSessions />,
  play: async ({ canvas }) => {
    const region = await canvas.findByRole('region', { name: 'الجلسات النشطة' });
    await expect(getComputedStyle(region).direction).toBe('rtl');
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(4));
    await expect(canvas.getAllByRole('listitem')[0]).toHaveTextContent('هذا الجهاز');
    // Dates and places in the labels' language (`locale: 'ar'`), not the browser's English.
    await expect(canvas.getAllByRole('listitem')[0]).toHaveTextContent('هولندا');
    await expect(canvas.getAllByRole('listitem')[1]).toHaveTextContent(/قبل/);
    await expect(
      canvas.getByRole('button', { name: 'تسجيل الخروج من Safari 17 على iPhone' }),
    ).toBeEnabled();
    await expect(
      canvas.getByRole('button', { name: 'تسجيل الخروج من كل الجلسات الأخرى' }),
    ).toBeVisible();
  },
};
