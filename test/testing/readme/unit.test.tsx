import '@testing-library/jest-dom/vitest'; // toBeVisible & co. (or once, in your setup file)
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';
import { RequireAccess, useLogout, useSession } from 'react-session-kit';
import { createTestSession, renderWithSession } from 'react-session-kit/testing';

function Billing() {
  return (
    <RequireAccess access="billing:r" fallback={<p>No billing for you.</p>}>
      <h1>Billing</h1>
    </RequireAccess>
  );
}

it('shows billing only to those who may see it', async () => {
  const { setSession } = renderWithSession(<Billing />, { session: 'restricted' });
  expect(await screen.findByText('No billing for you.')).toBeVisible();
  await setSession(createTestSession({ access: { billing: 'r' } }));
  expect(screen.getByRole('heading', { name: 'Billing' })).toBeVisible();
});

function Header() {
  const { status, session } = useSession();
  const logout = useLogout();
  if (status !== 'authenticated') return <p>Signed out</p>;
  return <button onClick={() => logout.mutate()}>Log out {session.user.name}</button>;
}

it('logs out', async () => {
  const logout = vi.fn(); // returns nothing: the mock then signs out, as the server would
  renderWithSession(<Header />, { handlers: { logout } });
  await userEvent.click(await screen.findByRole('button', { name: 'Log out Sam Single' }));
  expect(await screen.findByText('Signed out')).toBeVisible();
  expect(logout).toHaveBeenCalledOnce();
});
