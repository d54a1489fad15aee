import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AccessDenied, RequireAccess } from '../../src';
import { renderWithSession, signedInBackend, signIn, startBackend } from '../support/render';
import { setUpServer } from '../support/server';

const server = setUpServer();

const gate = (props: Partial<Parameters<typeof RequireAccess>[0]> = {}) => (
  <RequireAccess loading={<p>loading</p>} fallback={<p>denied</p>} {...props}>
    <p>secret</p>
  </RequireAccess>
);

/** Renders the gate: the fallback shows, and a while later `navigate` has still not been called. */
async function expectDeniedInPlace(props: Partial<Parameters<typeof RequireAccess>[0]>) {
  const navigate = vi.fn();
  renderWithSession(gate({ ...props, navigate }));
  expect(await screen.findByText('denied')).toBeInTheDocument();
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(navigate).not.toHaveBeenCalled();
}

/** Renders the gate with `props` and expects one navigation, to `to`. */
async function expectSentOnceTo(to: string, props: Partial<Parameters<typeof RequireAccess>[0]>) {
  const navigate = vi.fn();
  const view = renderWithSession(gate({ ...props, navigate }));
  await waitFor(() => expect(navigate).toHaveBeenCalledWith(to));
  expect(navigate).toHaveBeenCalledTimes(1);
  return view;
}

describe('RequireAccess', () => {
  it('while loading shows only the loading slot, never the children or the fallback', async () => {
    await signedInBackend(server, 'single', { latency: 100 });
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      if (screen.queryByText('secret')) seen.push('secret');
      if (screen.queryByText('denied')) seen.push('denied');
    });
    observer.observe(document.body, { childList: true, subtree: true });
    renderWithSession(gate({ access: 'payments:u' }));
    expect(screen.getByText('loading')).toBeInTheDocument();
    expect(screen.queryByText('secret')).not.toBeInTheDocument();
    expect(screen.queryByText('denied')).not.toBeInTheDocument();
    expect(await screen.findByText('secret')).toBeInTheDocument();
    observer.disconnect();
    expect(seen.filter((part) => part === 'denied')).toEqual([]);
    expect(screen.queryByText('loading')).not.toBeInTheDocument();
  });

  it('signed out: the fallback, onDenied, and a redirect with a safe returnTo', async () => {
    startBackend(server);
    const navigate = vi.fn();
    const onDenied = vi.fn();
    renderWithSession(
      gate({ redirectTo: '/login', returnTo: '/reports?year=2024', navigate, onDenied }),
    );
    expect(await screen.findByText('denied')).toBeInTheDocument();
    expect(screen.queryByText('secret')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(navigate).toHaveBeenCalledWith('/login?returnTo=%2Freports%3Fyear%3D2024'),
    );
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(onDenied).toHaveBeenCalledWith('unauthenticated', 'unauthenticated');
  });

  it('drops an unsafe returnTo and ignores an unsafe redirectTo', async () => {
    startBackend(server);
    const { unmount } = await expectSentOnceTo('/login', {
      redirectTo: '/login',
      returnTo: '//evil.example',
    });
    unmount();
    await expectDeniedInPlace({ redirectTo: 'https://evil.example/login' });
  });

  it.each([
    {
      name: 'uses returnToParam for the parameter name',
      to: '/login?x=1&next=%2Fa',
      props: { redirectTo: '/login?x=1', returnTo: '/a', returnToParam: 'next' },
    },
    {
      name: 'signed out: forbiddenRedirectTo is not used, redirectTo is',
      to: '/login',
      props: { access: 'account-users:r', redirectTo: '/login', forbiddenRedirectTo: '/no' },
    },
  ])('$name', async ({ to, props }) => {
    startBackend(server);
    await expectSentOnceTo(to, props);
  });

  it('signed in with the access: the children', async () => {
    await signedInBackend(server, 'single');
    renderWithSession(gate({ access: 'account-users:r' }));
    expect(await screen.findByText('secret')).toBeInTheDocument();
    expect(screen.queryByText('denied')).not.toBeInTheDocument();
  });

  it('signed in without the access: the fallback, reason forbidden', async () => {
    await signedInBackend(server, 'restricted');
    const onDenied = vi.fn();
    renderWithSession(gate({ access: 'account-users:r', onDenied }));
    expect(await screen.findByText('denied')).toBeInTheDocument();
    expect(onDenied).toHaveBeenCalledWith('forbidden', 'authenticated');
  });

  it('signed in without the access: never sent to redirectTo, which is for signing in', async () => {
    await signedInBackend(server, 'restricted');
    await expectDeniedInPlace({ access: 'account-users:r', redirectTo: '/login' });
  });

  it('signed in without the access: sent to forbiddenRedirectTo (safe paths only, no returnTo)', async () => {
    await signedInBackend(server, 'restricted');
    const { unmount } = await expectSentOnceTo('/no-access', {
      access: 'account-users:r',
      redirectTo: '/login',
      forbiddenRedirectTo: '/no-access',
      returnTo: '/users',
    });
    unmount();
    await expectDeniedInPlace({ access: 'account-users:r', forbiddenRedirectTo: '//evil.example' });
  });

  it('understands the access grammar: lists are OR', async () => {
    await signedInBackend(server, 'restricted');
    renderWithSession(gate({ access: 'account-users:r, reports:r' }));
    expect(await screen.findByText('secret')).toBeInTheDocument();
  });

  it('without access only needs a signed-in user; choosing an account is not signed in', async () => {
    await signedInBackend(server, 'multi');
    renderWithSession(gate());
    expect(await screen.findByText('denied')).toBeInTheDocument();
  });

  it('when="signed-out" lets only signed-out users through', async () => {
    startBackend(server);
    const { unmount } = renderWithSession(gate({ when: 'signed-out' }));
    expect(await screen.findByText('secret')).toBeInTheDocument();
    unmount();
    await signIn('single');
    const navigate = vi.fn();
    renderWithSession(gate({ when: 'signed-out', redirectTo: '/', navigate }));
    expect(await screen.findByText('denied')).toBeInTheDocument();
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('/'));
  });

  it('without a fallback: <AccessDenied> for a signed-in user without the access, nothing when signed out', async () => {
    startBackend(server);
    const onDenied = vi.fn();
    const { unmount } = renderWithSession(
      <RequireAccess access="payments:u" onDenied={onDenied}>
        <p>secret</p>
      </RequireAccess>,
    );
    await waitFor(() =>
      expect(onDenied).toHaveBeenCalledWith('unauthenticated', 'unauthenticated'),
    );
    expect(screen.getByRole('main')).toBeEmptyDOMElement();
    unmount();

    await signIn('restricted');
    renderWithSession(
      <RequireAccess access="payments:u">
        <p>secret</p>
      </RequireAccess>,
    );
    expect(
      await screen.findByRole('heading', { name: "You don't have access to this page" }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Go back' })).toBeInTheDocument();
    expect(screen.queryByText('secret')).not.toBeInTheDocument();
  });
});

describe('AccessDenied', () => {
  it('names what is denied, says why in plain words, and offers the ways out it is given', async () => {
    startBackend(server);
    const onBack = vi.fn();
    const onSwitchAccount = vi.fn();
    const { user, rerender } = renderWithSession(
      <AccessDenied resource="Payment methods" onBack={onBack} />,
    );
    expect(
      screen.getByRole('heading', { name: "You don't have access to Payment methods" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Ask an admin of your account for access/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Switch account' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go back' }));
    expect(onBack).toHaveBeenCalledTimes(1);

    rerender(
      <main>
        <AccessDenied
          resource="Payment methods"
          onSwitchAccount={onSwitchAccount}
          labels={{ goBack: 'Back to the overview' }}
        />
      </main>,
    );
    await user.click(screen.getByRole('button', { name: 'Switch account' }));
    expect(onSwitchAccount).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Back to the overview' })).toBeInTheDocument();
  });
});
