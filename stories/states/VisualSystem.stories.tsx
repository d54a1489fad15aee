import type { Meta, StoryObj } from '@storybook/react-vite';
import { LoginForm } from 'react-session-kit';
import { ActiveSessions } from 'react-session-kit/sessions';
import { expect, waitFor } from 'storybook/test';

/**
 * One visual system (styles.css): a type scale, two control heights, three radii from
 * `--rsk-radius`, one elevation per kind of surface, and main / secondary / ghost buttons defined
 * once — which an app's own buttons wear with `data-rsk-button`.
 */
const meta = {
  title: 'States/Visual system',
  tags: ['!autodocs'],
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const box = (element: Element) => element.getBoundingClientRect();

/** The three buttons, on an app's own `<button data-rsk-button>`: one height per size, one radius. */
export const Buttons: Story = {
  render: () => (
    <div style={{ display: 'flex', gap: '0.75rem', alignItems: 'center', flexWrap: 'wrap' }}>
      <button type="button" data-rsk-button="main">
        Save
      </button>
      <button type="button" data-rsk-button="secondary">
        Cancel
      </button>
      <button type="button" data-rsk-button="ghost">
        Learn more
      </button>
      <button type="button" data-rsk-button="secondary" disabled>
        Disabled
      </button>
    </div>
  ),
  play: async ({ canvas }) => {
    const [main, secondary, ghost] = ['Save', 'Cancel', 'Learn more'].map((name) =>
      canvas.getByRole('button', { name }),
    );
    await expect(box(main!).height).toBe(40); // --rsk-control-height
    await expect(box(secondary!).height).toBe(36); // --rsk-control-height-small
    const looks = [main!, secondary!, ghost!].map((button) => getComputedStyle(button));
    await expect(new Set(looks.map((style) => style.fontSize))).toEqual(new Set(['14px']));
    await expect(new Set(looks.map((style) => style.borderRadius))).toEqual(new Set(['8px']));
    await expect(new Set(looks.map((style) => style.backgroundColor)).size).toBe(3);
  },
};

/** The kit's own main button is the same one: the login form's "Log in". */
export const KitMainButton: Story = {
  render: () => <LoginForm />,
  play: async ({ canvas }) => {
    const logIn = canvas.getByRole('button', { name: 'Log in' });
    await expect(box(logIn).height).toBe(40);
    await expect(getComputedStyle(logIn).fontSize).toBe('14px');
  },
};

/**
 * The sessions list: no "Active" badge on every row (only a status that differs gets one), and
 * the details in columns that line up from row to row, with or without a sign-out button.
 */
export const SessionsAligned: Story = {
  parameters: { mockApi: { user: 'single' } },
  render: () => <ActiveSessions />,
  play: async ({ canvasElement }) => {
    const rows = () => [...canvasElement.querySelectorAll('[data-slot=active-sessions-item]')];
    await waitFor(() => expect(rows()).toHaveLength(4));
    for (const badge of canvasElement.querySelectorAll(
      '[data-slot=active-sessions-status][data-state=active]',
    ))
      await expect(badge).not.toBeVisible();
    const columnStarts = (row: Element) =>
      [...row.querySelectorAll('[data-slot=active-sessions-details] > div')].map(
        (column) => box(column).left,
      );
    const first = columnStarts(rows()[0]!);
    for (const row of rows()) await expect(columnStarts(row)).toEqual(first);
  },
};
