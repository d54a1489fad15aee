import type { Meta, StoryObj } from '@storybook/react-vite';
import { delay, http, HttpResponse } from 'msw';
import { ActiveSessions } from 'react-session-kit/sessions';
import { expect, fn, waitFor } from 'storybook/test';

const meta = {
  title: 'Components/ActiveSessions',
  component: ActiveSessions,
  args: { onRevoke: fn(), onError: fn() },
  // Signed in as `single`, who has sessions on several devices and one in every status.
  parameters: { mockApi: { user: 'single' } },
} satisfies Meta<typeof ActiveSessions>;

export default meta;
type Story = StoryObj<typeof meta>;

const sessionsError = (status: number, longMessage: string) =>
  HttpResponse.json(
    { errors: [{ code: 'unavailable', message: 'unavailable', long_message: longMessage }] },
    { status },
  );

/** Several devices: this one first (not revocable here), then the others, newest first. */
export const SeveralDevices: Story = {
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(4));
    const [first] = canvas.getAllByRole('listitem');
    await expect(first).toHaveTextContent('This device');
    await expect(first?.querySelector('[data-slot=active-sessions-revoke]')).toBeNull();
    await expect(
      canvas.getByRole('button', { name: 'Sign out of Safari 17 on iPhone' }),
    ).toBeEnabled();
    await expect(
      canvas.getByRole('button', { name: 'Sign out of all other sessions' }),
    ).toBeVisible();
  },
};

/** `show="all"`: ended, expired, revoked … sessions too, each with its status badge. */
export const EveryStatus: Story = {
  args: { show: 'all' },
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(10));
    await expect(canvas.getByText('Expired')).toBeVisible();
    await expect(canvas.getByText('Replaced')).toBeVisible();
  },
};

/** Waiting for the list. */
export const Loading: Story = {
  parameters: { msw: { handlers: [http.get('*/sessions', () => delay('infinite'))] } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Loading sessions…')).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Active sessions' })).toHaveAttribute(
      'aria-busy',
      'true',
    );
  },
};

/** No sessions to show. */
export const Empty: Story = {
  parameters: {
    msw: {
      handlers: [http.get('*/sessions', () => HttpResponse.json({ data: [], total_count: 0 }))],
    },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('There are no active sessions.')).toBeVisible();
  },
};

/** A sign-out on its way: the row is busy until the server answers (here: never). */
export const RevokePending: Story = {
  parameters: { msw: { handlers: [http.post('*/sessions/:id/revoke', () => delay('infinite'))] } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Sign out of Safari 17 on iPhone' }),
    );
    const confirm = canvas.getByRole('group', { name: 'Sign out of Safari 17 on iPhone?' });
    await expect(confirm).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }));
    await waitFor(() =>
      expect(
        canvas.getByRole('button', { name: 'Sign out of Safari 17 on iPhone' }),
      ).toBeDisabled(),
    );
    const row = canvas
      .getAllByRole('listitem')
      .find((item) => item.textContent?.includes('Safari 17 on iPhone'));
    await expect(row).toHaveAttribute('data-state', 'pending');
    await expect(row).toHaveTextContent('Signed out');
  },
};

/** A confirmation starts on "Cancel": Enter, Enter signs nothing out. */
export const ConfirmStartsOnCancel: Story = {
  play: async ({ canvas, userEvent, args }) => {
    (await canvas.findByRole('button', { name: 'Sign out of Safari 17 on iPhone' })).focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.queryByRole('group')).toBeNull();
    await expect(args.onRevoke).not.toHaveBeenCalled();
  },
};

/** Signing every other session out, with the confirmation step. */
export const SignOutOthers: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Sign out of all other sessions' }),
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }));
    await expect(await canvas.findByText('Signed out of 3 other sessions.')).toBeVisible();
    await expect(args.onRevoke).toHaveBeenCalledTimes(3);
  },
};

/** The list cannot be loaded: the server's message and a retry button. */
export const LoadError: Story = {
  parameters: {
    msw: {
      handlers: [
        http.get('*/sessions', () => sessionsError(403, 'You cannot list these sessions.')),
      ],
    },
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('You cannot list these sessions.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeEnabled();
  },
};

/** The server refuses a sign-out: the row comes back and the failure is announced. */
export const RevokeError: Story = {
  parameters: {
    msw: {
      handlers: [
        http.post('*/sessions/:id/revoke', () =>
          sessionsError(403, 'This session cannot be ended.'),
        ),
      ],
    },
  },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(
      await canvas.findByRole('button', { name: 'Sign out of Safari 17 on iPhone' }),
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }));
    await expect(
      await canvas.findByText(/Could not sign out of Safari 17 on iPhone/),
    ).toBeVisible();
    await expect(args.onError).toHaveBeenCalledTimes(1);
    await expect(
      canvas.getByRole('button', { name: 'Sign out of Safari 17 on iPhone' }),
    ).toBeEnabled();
  },
};

/** Every status on the dark theme, with a confirmation step open (contrast checked by the a11y addon). */
export const DarkTheme: Story = {
  args: { show: 'all' },
  globals: { theme: 'dark' },
  play: async ({ canvas, canvasElement, userEvent }) => {
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(10));
    const list = canvasElement.querySelector('[data-slot=active-sessions-list]');
    if (!list) throw new Error('no session list');
    await expect(getComputedStyle(list).backgroundColor).toBe('rgb(21, 24, 30)'); // --rsk-background, dark
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out of Safari 17 on iPhone' }));
    await expect(
      canvas.getByRole('group', { name: 'Sign out of Safari 17 on iPhone?' }),
    ).toBeVisible();
  },
};

/** The load error on the dark theme. */
export const LoadErrorDark: Story = {
  ...LoadError,
  globals: { theme: 'dark' },
};

/**
 * Translated with the `labels` prop; `<SessionProvider labels={…}>` takes the same keys (`Labels`)
 * for every component at once.
 */
export const Translated: Story = {
  args: {
    locale: 'de',
    labels: {
      activeSessions: 'Aktive Sitzungen',
      thisDevice: 'Dieses Gerät',
      sessionDevice: (browser, device) =>
        browser && device ? `${browser} auf ${device}` : (browser ?? device ?? 'Unbekanntes Gerät'),
      mobile: 'mobil',
      location: 'Ort',
      ipAddress: 'IP-Adresse',
      lastActive: 'Zuletzt aktiv',
      sessionStatus: {
        active: 'Aktiv',
        pending: 'Ausstehend',
        revoked: 'Abgemeldet',
        ended: 'Beendet',
        expired: 'Abgelaufen',
        removed: 'Entfernt',
        abandoned: 'Verlassen',
        replaced: 'Ersetzt',
      },
      revoke: 'Abmelden',
      revokeSession: (device) => `Von ${device} abmelden`,
      revokeOthers: 'Alle anderen Sitzungen abmelden',
    },
  },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('button', { name: 'Von Safari 17 auf iPhone abmelden' }),
    ).toBeEnabled();
    await expect(canvas.getByRole('region', { name: 'Aktive Sitzungen' })).toBeVisible();
    await expect(canvas.getByText('Dieses Gerät')).toBeVisible();
    await expect(canvas.getByText('Amsterdam, Niederlande')).toBeVisible();
  },
};
