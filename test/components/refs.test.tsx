// Runs on React 19 (`unit`) and on React 18.3 (`unit-react18`): `ref` reaches every component's
// root element, and a design-system input that does not forward refs still logs the user in.
import { createRef, type ComponentPropsWithoutRef } from 'react';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  AccessDenied,
  AccountSelect,
  AccountSwitcher,
  AlertBanner,
  LoginFlow,
  LoginForm,
  UserAvatar,
} from '../../src';
import { ActiveSessions } from '../../src/sessions';
import { renderWithSession, signedInBackend, startBackend } from '../support/render';
import { setUpServer } from '../support/server';

const server = setUpServer();

/** React's own complaints about refs ("Function components cannot be given refs", …). */
function refWarnings(spy: { mock: { calls: unknown[][] } }) {
  return spy.mock.calls
    .map((args) => args.map(String).join(' '))
    .filter((text) => /ref/i.test(text));
}

describe('ref on every component', () => {
  it('reaches the root element of the login components', async () => {
    startBackend(server);
    const errors = vi.spyOn(console, 'error');
    const flow = createRef<HTMLDivElement>();
    const form = createRef<HTMLFormElement>();
    const select = createRef<HTMLFormElement>();
    renderWithSession(
      <>
        <LoginFlow ref={flow} />
        <LoginForm ref={form} />
        <AccountSelect ref={select} />
      </>,
    );
    await waitFor(() => expect(flow.current?.dataset.state).toBe('login'));
    expect(flow.current?.dataset.slot).toBe('login-flow');
    expect(form.current?.dataset.slot).toBe('login-form');
    expect(select.current?.dataset.slot).toBe('account-select');
    expect(refWarnings(errors)).toEqual([]);
  });

  it('reaches the root element of the signed-in components', async () => {
    await signedInBackend(server, 'multi', { accountId: 'acc_1000000001' });
    const errors = vi.spyOn(console, 'error');
    const avatar = createRef<HTMLSpanElement>();
    const alerts = createRef<HTMLElement>();
    const switcher = createRef<HTMLFormElement>();
    const sessions = createRef<HTMLElement>();
    const denied = createRef<HTMLElement>();
    renderWithSession(
      <>
        <UserAvatar ref={avatar} />
        <AlertBanner ref={alerts} />
        <AccountSwitcher ref={switcher} />
        <ActiveSessions ref={sessions} />
        <AccessDenied ref={denied} />
      </>,
    );
    await screen.findByRole('form', { name: 'Switch account' });
    expect(avatar.current?.dataset.slot).toBe('user-avatar');
    expect(switcher.current?.dataset.slot).toBe('account-switcher');
    expect(sessions.current?.dataset.slot).toBe('active-sessions');
    expect(denied.current?.dataset.slot).toBe('access-denied');
    await waitFor(() => expect(alerts.current?.dataset.slot).toBe('alert-banner'));
    expect(refWarnings(errors)).toEqual([]);
  });

  it('takes a callback ref too, and lets go of the element on unmount', async () => {
    startBackend(server);
    const seen: (HTMLFormElement | null)[] = [];
    const { unmount } = renderWithSession(<LoginForm ref={(node) => void seen.push(node)} />);
    expect(seen.at(-1)?.dataset.slot).toBe('login-form');
    unmount();
    expect(seen.at(-1)).toBeNull();
  });
});

describe('render.input with a component that does not forward refs', () => {
  // The README's design-system example: spreads the props, but a plain function component gets
  // no `ref` on React 18.
  function Input(props: ComponentPropsWithoutRef<'input'>) {
    return <input {...props} className="my-input" />;
  }

  it('still reads the fields: the login is sent and succeeds', async () => {
    const backend = startBackend(server);
    const onSuccess = vi.fn();
    const { user } = renderWithSession(
      <LoginForm onSuccess={onSuccess} render={{ input: (props) => <Input {...props} /> }} />,
    );
    await user.type(screen.getByLabelText('Username'), 'single');
    await user.type(screen.getByLabelText('Password'), 'password');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(backend.state.requests['POST /app/login']).toBe(1);
    expect(screen.queryByText('Invalid input')).not.toBeInTheDocument();
  });

  it('keeps the default username, the required-field messages and the focus on errors', async () => {
    const backend = startBackend(server);
    const { user } = renderWithSession(
      <LoginFlow defaultUsername="single" render={{ input: (props) => <Input {...props} /> }} />,
    );
    const username = await screen.findByLabelText('Username');
    expect(username).toHaveValue('single');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByText('Enter your password.')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveFocus();
    expect(backend.state.requests['POST /app/login']).toBeUndefined();
  });

  it('warns in development when the part drops both the ref and the id', async () => {
    startBackend(server);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderWithSession(
      <LoginForm render={{ input: ({ id: _id, ref: _ref, ...props }) => <Input {...props} /> }} />,
    );
    await waitFor(() =>
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^LoginForm: .*"username"/)),
    );
  });
});
