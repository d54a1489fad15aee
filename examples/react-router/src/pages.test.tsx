// The app's own pages under the sessions a team tests with, from react-session-kit/testing: no
// API, no MSW, the real provider on an in-memory session API.
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createTestSession, renderWithSession } from 'react-session-kit/testing';
import { afterEach, expect, it } from 'vitest';
import { routes } from './routes';

afterEach(cleanup);

function renderAt(path: string, session: Parameters<typeof renderWithSession>[1]) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return { router, ...renderWithSession(<RouterProvider router={router} />, session) };
}

it('shows the users page, with this device among the sessions, to a user who may see it', async () => {
  renderAt('/users', { session: 'fullAccess' });
  expect(await screen.findByText('You may manage the users of this account.')).toBeTruthy();
  expect(screen.getByTestId('user').textContent).toBe('Sam Single');
  expect(await screen.findByText('This device')).toBeTruthy();
});

it('tells a restricted user they cannot see the users', async () => {
  renderAt('/users', { session: 'restricted' });
  expect(await screen.findByText('You cannot see the users of this account.')).toBeTruthy();
});

it('sends a signed-out visitor to the login page, and back after logging in', async () => {
  const { router } = renderAt('/users', { session: 'signedOut' });
  const form = await screen.findByRole('form', { name: 'Log in' });
  expect(router.state.location.search).toBe('?returnTo=%2Fusers');
  await userEvent.type(screen.getByLabelText('Username'), 'single');
  await userEvent.type(screen.getByLabelText('Password'), 'password');
  await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
  expect(await screen.findByText('You may manage the users of this account.')).toBeTruthy();
  expect(router.state.location.pathname).toBe('/users');
  expect(form.isConnected).toBe(false);
});

it('shows "Loading…" while the session loads', async () => {
  renderAt('/', { session: 'loading' });
  expect((await screen.findByRole('status')).textContent).toBe('Loading…');
});

it('logs out to the login page', async () => {
  const { router } = renderAt('/', {
    session: createTestSession({ user: { name: 'Ada Lovelace' } }),
  });
  expect((await screen.findByTestId('user')).textContent).toBe('Ada Lovelace');
  await userEvent.click(screen.getByRole('button', { name: 'Log out' }));
  expect(await screen.findByRole('form', { name: 'Log in' })).toBeTruthy();
  expect(router.state.location.pathname).toBe('/login');
});
