import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UserAvatar } from '../../src';
import {
  renderSignedOut,
  renderWithSession,
  signedInBackend,
  startBackend,
} from '../support/render';
import { setUpServer } from '../support/server';

const server = setUpServer();

const slot = (container: HTMLElement) =>
  container.querySelector<HTMLElement>('[data-slot=user-avatar]');

describe('UserAvatar', () => {
  it("shows the signed-in user's SVG only as an image data URL", async () => {
    await signedInBackend(server, 'single');
    const { container } = renderWithSession(<UserAvatar />);
    await waitFor(() => expect(slot(container)).toHaveAttribute('data-state', 'image'));
    const image = container.querySelector('img');
    expect(image?.getAttribute('src')).toMatch(/^data:image\/svg\+xml;charset=utf-8,%3Csvg%20/);
    expect(image).toHaveAttribute('alt', '');
    expect(container.querySelector('svg')).toBeNull();
    expect(slot(container)).toHaveAttribute('aria-hidden', 'true');
  });

  it('falls back to initials on avatar_color when there is no SVG', async () => {
    await signedInBackend(server, 'multi', { accountId: 'acc_1000000001' });
    const { container } = renderWithSession(<UserAvatar />);
    await waitFor(() => expect(slot(container)).toHaveAttribute('data-state', 'initials'));
    expect(slot(container)).toHaveTextContent('MM');
    expect(slot(container)?.style.getPropertyValue('--rsk-avatar-color')).toBe('#1f6feb');
  });

  it('falls back to initials when the image fails to load', async () => {
    await signedInBackend(server, 'single');
    const { container } = renderWithSession(<UserAvatar />);
    await waitFor(() => expect(container.querySelector('img')).not.toBeNull());
    fireEvent.error(container.querySelector('img')!);
    expect(slot(container)).toHaveAttribute('data-state', 'initials');
    expect(slot(container)).toHaveTextContent('SS');
  });

  it('applies only a valid hex colour', () => {
    startBackend(server);
    const { container } = renderWithSession(
      <>
        <UserAvatar
          user={{
            name: 'Ada Lovelace',
            avatar_color: 'red; background: url(https://evil.example)',
          }}
        />
        <UserAvatar user={{ name: 'Alan Turing', avatar_color: '#ABCDEF' }} />
      </>,
    );
    const [bad, good] = container.querySelectorAll<HTMLElement>('[data-slot=user-avatar]');
    expect(bad?.getAttribute('style')).toBeNull();
    expect(bad).toHaveTextContent('AL');
    expect(good?.style.getPropertyValue('--rsk-avatar-color')).toBe('#ABCDEF');
    expect(good).toHaveTextContent('AT');
  });

  it('is decorative by default and named with alt', () => {
    startBackend(server);
    renderWithSession(
      <UserAvatar user={{ name: 'Ada Lovelace' }} alt="Ada Lovelace" className="mine" />,
    );
    const avatar = screen.getByRole('img', { name: 'Ada Lovelace' });
    expect(avatar).toHaveClass('mine');
    expect(avatar).toHaveAttribute('data-slot', 'user-avatar');
  });

  it('renders nothing without a user', async () => {
    const { container } = await renderSignedOut(server, <UserAvatar />);
    expect(slot(container)).toBeNull();
  });
});
