import { StrictMode } from 'react';
import { QueryClient } from '@tanstack/react-query';
import { render } from 'vitest-browser-react';
import { expect, it } from 'vitest';
import {
  createSessionClient,
  SessionProvider,
  useLogin,
  useSession,
  type SessionClient,
} from '../../src';
import { apiUrl, signedInBody, signedOutBody } from '../fixtures/wire';

function Login() {
  const { status } = useSession();
  const login = useLogin();
  return (
    <>
      <p>status: {status}</p>
      <p>error: {login.error?.message ?? 'none'}</p>
      <button onClick={() => login.mutate({ username: 'single', password: 'pw' })}>Log in</button>
    </>
  );
}

/** The login probe in a provider under StrictMode, which mounts, unmounts and remounts effects. */
const renderStrict = (client: SessionClient) =>
  render(
    <StrictMode>
      <SessionProvider client={client} queryClient={new QueryClient()} storage="memory">
        <Login />
      </SessionProvider>
    </StrictMode>,
  );

// StrictMode mounts, unmounts and remounts every effect: the cross-tab channel must survive that
// (a channel closed by the first cleanup throws on the next post, failing the login).
it('logs in under StrictMode, where effects run twice', async () => {
  let signedIn = false;
  const client = createSessionClient({
    apiUrl,
    fetch: async (input) => {
      if (String(input).endsWith('/app/login')) signedIn = true;
      return Response.json(signedIn ? signedInBody : signedOutBody);
    },
  });
  const screen = await renderStrict(client);
  await expect.element(screen.getByText('status: unauthenticated')).toBeVisible();
  await screen.getByRole('button', { name: 'Log in' }).click();
  await expect.element(screen.getByText('status: authenticated')).toBeVisible();
  await expect.element(screen.getByText('error: none')).toBeVisible();
});

it('makes one session request per load under StrictMode, none of them aborted', async () => {
  const requests: { aborted: boolean }[] = [];
  const client = createSessionClient({
    apiUrl,
    fetch: async (input, init) => {
      const request = { aborted: false };
      if (String(input).endsWith('/app/session')) requests.push(request);
      init?.signal?.addEventListener('abort', () => (request.aborted = true));
      await new Promise((resolve) => setTimeout(resolve, 50));
      return Response.json(signedOutBody);
    },
  });
  const screen = await renderStrict(client);
  await expect.element(screen.getByText('status: unauthenticated')).toBeVisible();
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(requests).toEqual([{ aborted: false }]);
});
