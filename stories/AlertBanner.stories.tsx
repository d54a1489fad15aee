import type { Meta, StoryObj } from '@storybook/react-vite';
import { AlertBanner } from 'react-session-kit';
import { expect, fn, waitFor } from 'storybook/test';

const meta = {
  title: 'Components/AlertBanner',
  component: AlertBanner,
  args: { onDismiss: fn() },
} satisfies Meta<typeof AlertBanner>;

export default meta;
type Story = StoryObj<typeof meta>;

const alert = (id: string, priority: number, title: string, text: string, href = '') => ({
  id,
  title,
  description: '',
  text,
  href,
  access: '*',
  priority,
  timestamp: 1727348860,
});

/** The user's alerts, most urgent first: priority 1 links to the payment page. */
export const Default: Story = {
  parameters: { mockApi: { user: 'single' } },
  play: async ({ canvas }) => {
    const items = canvas.getAllByRole('listitem');
    await expect(items).toHaveLength(2);
    await expect(items[0]).toHaveAttribute('data-priority', '1');
    await expect(canvas.getByRole('link', { name: 'Expired payment method' })).toHaveAttribute(
      'href',
      '/account-payment-methods',
    );
  },
};

/** Only the alerts the user's access allows (the server sends them all). */
export const FilteredByAccess: Story = {
  parameters: { mockApi: { user: 'restricted' } },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByRole('listitem')).toHaveLength(1);
    await expect(canvas.getByText('Report ready')).toBeVisible();
  },
};

/**
 * Every priority, each with its icon and its urgency read before the title ("Urgent:",
 * "Warning:"); a cap: `max={3}` shows three, and "Show 1 more alert" shows the rest.
 */
export const PrioritiesAndCap: Story = {
  args: { max: 3 },
  parameters: {
    mockApi: {
      user: 'single',
      changes: [
        {
          alert: alert('maintenance', 2, 'Maintenance tonight', 'The app is down from 2 to 3 am.'),
        },
        {
          alert: alert(
            'news',
            3,
            'New reports',
            'Reports can now be exported.',
            'https://example.com/news',
          ),
        },
      ],
    },
  },
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getAllByRole('listitem').map((item) => item.dataset.priority)).toEqual([
      '1',
      '2',
      '3',
    ]);
    await expect(canvas.getAllByRole('listitem')[0]).toHaveTextContent(/^Urgent: /);
    const link = canvas.getByRole('link', { name: 'Expired payment method' });
    const item = canvas.getAllByRole('listitem')[0];
    if (!item) throw new Error('no alert');
    // The link is as wide as its words, not the whole row.
    await expect(link.getBoundingClientRect().width).toBeLessThan(
      item.getBoundingClientRect().width / 2,
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Show 1 more alert' }));
    await expect(canvas.getAllByRole('listitem')).toHaveLength(4);
  },
};

/** Dismissing with the keyboard: focus moves to the next alert; the last one takes the banner away. */
export const Dismiss: Story = {
  parameters: { mockApi: { user: 'single' } },
  play: async ({ canvas, userEvent, args }) => {
    canvas.getByRole('button', { name: 'Dismiss: Expired payment method' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('button', { name: 'Dismiss: Welcome' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.queryByRole('region')).toBeNull());
    await expect(args.onDismiss).toHaveBeenCalledTimes(2);
  },
};

/** After the last alert is dismissed, focus moves on to what follows the banner, never `<body>`. */
export const DismissLast: Story = {
  parameters: { mockApi: { user: 'restricted' } },
  decorators: [
    (Story) => (
      <>
        <Story />
        <a href="#content">Main content</a>
      </>
    ),
  ],
  play: async ({ canvas, userEvent }) => {
    (await canvas.findByRole('button', { name: 'Dismiss: Report ready' })).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByRole('link', { name: 'Main content' })).toHaveFocus());
  },
};

/** Hostile alert data: markup is text, `javascript:` and `data:` hrefs are no links. */
export const HostileData: Story = {
  parameters: {
    mockApi: {
      user: 'restricted',
      changes: [
        {
          alert: alert(
            'x1',
            1,
            '<img src=x onerror=alert(1)>',
            '<script>alert(2)</script>',
            ' JaVaScRiPt:alert(3)',
          ),
        },
        {
          alert: alert(
            'x2',
            2,
            'Data link',
            '<b>not bold</b>',
            'data:text/html,<script>alert(4)</script>',
          ),
        },
      ],
    },
  },
  args: { max: 5 },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
    await expect(canvas.queryAllByRole('link')).toHaveLength(0);
    await expect(canvasElement.querySelector('script, b, img')).toBeNull();
  },
};

/** Signed out, or no alerts: nothing at all. */
export const Empty: Story = {
  // Signed out: no `mockApi.user`.
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('region')).toBeNull();
  },
};
