import type { Meta, StoryObj } from '@storybook/react-vite';
import { UserAvatar } from 'react-session-kit';
import { createTestSession } from 'react-session-kit/testing';

const meta = { component: UserAvatar } satisfies Meta<typeof UserAvatar>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Restricted: Story = { parameters: { session: 'restricted' } };
export const Ada: Story = {
  parameters: { session: createTestSession({ user: { name: 'Ada Lovelace', avatar: '' } }) },
};
export const Locked: Story = { globals: { session: 'locked' } }; // fixed: no toolbar choice
