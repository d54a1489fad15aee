import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { useLogin, useLoginAccounts, useLogout, useSelectAccount, useSession } from '../../src';
import { memoryStorage } from '../../src/core/storage';
import { apiUrl, storedKey } from '../fixtures/wire';
import { providerWrapper, sessionApi } from './harness';
import { setUpServer } from '../support/server';

const server = setUpServer();

function useFlow() {
  return {
    state: useSession(),
    login: useLogin(),
    select: useSelectAccount(),
    logout: useLogout(),
  };
}

/** The smallest signed-in answer, in the account `account`. */
const sessionIn = (account: string) => ({
  auth: true,
  app: { id: 'app_1' },
  user: { id: 'usr_1' },
  account: { id: account },
  access: {},
});

/** Signed out, then a login as `single` with `password` that the server refuses. */
async function refusedLogin(password: string, props: Parameters<typeof providerWrapper>[0] = {}) {
  const { wrapper, queryClient } = providerWrapper(props);
  const { result } = renderHook(useFlow, { wrapper });
  await waitFor(() => expect(result.current.state.status).toBe('unauthenticated'));
  await act(async () => {
    await result.current.login.mutateAsync({ username: 'single', password }).catch(() => {});
  });
  return { result, queryClient };
}

describe('login', () => {
  it('single account: one request, then authenticated everywhere', async () => {
    const api = sessionApi(server);
    const { wrapper } = providerWrapper();
    const { result } = renderHook(useFlow, { wrapper });
    await waitFor(() => expect(result.current.state.status).toBe('unauthenticated'));
    await act(() => result.current.login.mutateAsync({ username: 'single', password: 'pw' }));
    expect(result.current.state.status).toBe('authenticated');
    expect(api.count('POST /app/login')).toBe(1);
  });

  it('multi account: select_account with choices, then the chosen account', async () => {
    const api = sessionApi(server);
    const { wrapper } = providerWrapper();
    const { result } = renderHook(
      () => ({ ...useFlow(), choices: useLoginAccounts({ enabled: false }) }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.state.status).toBe('unauthenticated'));
    await act(() => result.current.login.mutateAsync({ username: 'multi', password: 'pw' }));
    expect(result.current.state.status).toBe('select_account');
    expect(result.current.state.session?.accountChoices?.lastLogin).toBe('acc_2');
    await act(() => result.current.select.mutateAsync('acc_1'));
    expect(result.current.state.status).toBe('authenticated');
    expect(api.state.requests).toEqual([
      'GET /app/session',
      'POST /app/login',
      'POST /app/login-account',
    ]);
  });

  it('bypasses account selection by posting last_login straight back', async () => {
    const posted: unknown[] = [];
    sessionApi(server);
    server.use(
      http.post(`${apiUrl}/app/login-account`, async ({ request }) => {
        posted.push(await request.json());
        return HttpResponse.json(sessionIn('acc_2'));
      }),
    );
    const { wrapper } = providerWrapper();
    const { result } = renderHook(useFlow, { wrapper });
    await waitFor(() => expect(result.current.state.status).toBe('unauthenticated'));
    const answer = await act(() =>
      result.current.login.mutateAsync({ username: 'multi', password: 'pw' }),
    );
    const lastLogin = answer.accountChoices?.lastLogin;
    if (!lastLogin) throw new Error('expected a last_login');
    await act(() => result.current.select.mutateAsync(lastLogin));
    expect(posted).toEqual([{ account_id: 'acc_2' }]);
    expect(result.current.state.session?.account?.id).toBe('acc_2');
  });

  it('keeps the password out of the mutation cache, storage and errors', async () => {
    sessionApi(server);
    server.use(
      http.post(`${apiUrl}/app/login`, () =>
        HttpResponse.json(
          { error: { code: 401, message: 'Invalid username or password.' } },
          { status: 401 },
        ),
      ),
    );
    const storage = memoryStorage();
    const { result, queryClient } = await refusedLogin('hunter2-secret', { storage });
    expect(result.current.login.error?.message).toBe('Invalid username or password.');
    const mutations = queryClient
      .getMutationCache()
      .getAll()
      .map((mutation) => mutation.state);
    expect(JSON.stringify(mutations)).not.toContain('hunter2-secret');
    expect(
      JSON.stringify(
        queryClient
          .getQueryCache()
          .getAll()
          .map((query) => query.state),
      ),
    ).not.toContain('hunter2-secret');
    expect(String(result.current.login.variables?.password)).toBe('[redacted]');
    expect(storage.getItem(storedKey) ?? '').not.toContain('hunter2-secret');
  });

  it('never retries a login and fails at once offline instead of holding the password', async () => {
    let attempts = 0;
    sessionApi(server);
    server.use(
      http.post(`${apiUrl}/app/login`, () => {
        attempts += 1;
        return HttpResponse.error();
      }),
    );
    const { result } = await refusedLogin('pw');
    expect(result.current.login.error?.kind).toBe('network');
    expect(attempts).toBe(1);
  });

  it('a slow refresh answering after logout does not sign the user back in', async () => {
    sessionApi(server, 'signed-in');
    const { wrapper } = providerWrapper();
    const { result } = renderHook(useFlow, { wrapper });
    await waitFor(() => expect(result.current.state.status).toBe('authenticated'));
    let release: () => void = () => {};
    server.use(
      http.get(`${apiUrl}/app/session`, async () => {
        await new Promise<void>((resolve) => (release = resolve));
        return HttpResponse.json(sessionIn('acc_1'));
      }),
    );
    void result.current.state.refresh();
    await waitFor(() => expect(result.current.state.isFetching).toBe(true));
    await act(() => result.current.logout.mutateAsync());
    release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(result.current.state.status).toBe('unauthenticated');
  });

  it('logout drops user-scoped queries', async () => {
    sessionApi(server, 'signed-in');
    const { wrapper, queryClient } = providerWrapper();
    const { result } = renderHook(useFlow, { wrapper });
    await waitFor(() => expect(result.current.state.status).toBe('authenticated'));
    queryClient.setQueryData(['react-session-kit', apiUrl, 'user', 'usr_1', 'invoices'], [1, 2]);
    queryClient.setQueryData(['unrelated'], 'kept');
    await act(() => result.current.logout.mutateAsync());
    expect(
      queryClient.getQueryData(['react-session-kit', apiUrl, 'user', 'usr_1', 'invoices']),
    ).toBeUndefined();
    expect(queryClient.getQueryData(['unrelated'])).toBe('kept');
  });
});
