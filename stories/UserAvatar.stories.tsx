import type { Meta, StoryObj } from '@storybook/react-vite';
import { UserAvatar } from 'react-session-kit';
import { expect, waitFor } from 'storybook/test';

const meta = {
  title: 'Components/UserAvatar',
  component: UserAvatar,
  parameters: { mockApi: { user: 'single' } },
} satisfies Meta<typeof UserAvatar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The signed-in user's SVG, shown only as an image. */
export const Image: Story = {
  args: { alt: 'Sam Single' },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('img', { name: 'Sam Single' })).toHaveAttribute(
      'data-state',
      'image',
    );
    await expect(canvasElement.querySelector('img')?.getAttribute('src')).toMatch(
      /^data:image\/svg\+xml;charset=utf-8,/,
    );
    await expect(canvasElement.querySelector('svg')).toBeNull();
  },
};

/** No SVG: initials on the user's `avatar_color`. */
export const Initials: Story = {
  parameters: { mockApi: { user: 'multi' } },
  args: { alt: 'Morgan Multi' },
  play: async ({ canvas }) => {
    const avatar = canvas.getByRole('img', { name: 'Morgan Multi' });
    await expect(avatar).toHaveTextContent('MM');
    await expect(avatar.style.getPropertyValue('--rsk-avatar-color')).toBe('#1f6feb');
  },
};

/** An invalid colour is not applied; the theme's colour is used. */
export const InvalidColor: Story = {
  args: {
    user: { name: 'Ada Lovelace', avatar_color: 'red; background: url(https://evil.example)' },
    alt: 'Ada Lovelace',
  },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('img', { name: 'Ada Lovelace' }).getAttribute('style'),
    ).toBeNull();
  },
};

/** A hostile SVG (onload, script, foreignObject) is inert in an image. */
export const HostileSvg: Story = {
  args: {
    alt: 'Hostile',
    user: {
      name: 'Hostile',
      avatar:
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" onload="alert(1)"><script>alert(2)</script><foreignObject width="32" height="32"><body xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(3)"/></body></foreignObject><circle cx="16" cy="16" r="16" fill="#952c8b"/></svg>',
    },
  },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(canvasElement.querySelector('[data-slot=user-avatar-image]')).not.toBeNull(),
    );
    await expect(canvasElement.querySelector('script, svg, foreignObject')).toBeNull();
  },
};

/** Decorative next to the name (default `alt=""`): hidden from screen readers. */
export const NextToName: Story = {
  render: (args) => (
    <p style={{ display: 'flex', alignItems: 'center', gap: '0.5rem' }}>
      <UserAvatar {...args} /> Sam Single
    </p>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('img')).toBeNull();
    await expect(canvas.getByText('Sam Single')).toBeVisible();
  },
};
