import { dehydrate } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { useResetPassword, useSession } from '../../src';
import { apiUrl } from '../fixtures/wire';
import { providerWrapper, sessionApi } from './harness';
import { setUpServer } from '../support/server';

const server = setUpServer();

describe('useResetPassword', () => {
  it('sends the reset token, and keeps it out of the mutation cache and dehydrate', async () => {
    sessionApi(server);
    const received: unknown[] = [];
    server.use(
      http.post(`${apiUrl}/app/reset-password`, async ({ request }) => {
        received.push(await request.json());
        return HttpResponse.json({ success: true, message: 'Done.' });
      }),
    );
    const { queryClient, wrapper } = providerWrapper();
    const { result } = renderHook(() => ({ state: useSession(), reset: useResetPassword() }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.state.status).toBe('unauthenticated'));
    await act(() =>
      result.current.reset.mutateAsync({
        token: 'reset-token-4f9a',
        password: 'new-password-1',
        confirm: 'new-password-1',
      }),
    );
    expect(received).toEqual([
      { token: 'reset-token-4f9a', password: 'new-password-1', confirm: 'new-password-1' },
    ]);
    const mutations = queryClient
      .getMutationCache()
      .getAll()
      .map((mutation) => mutation.state);
    const everything = JSON.stringify([
      mutations,
      dehydrate(queryClient, { shouldDehydrateMutation: () => true }),
    ]);
    expect(everything).not.toContain('reset-token-4f9a');
    expect(everything).not.toContain('new-password-1');
    expect(String(result.current.reset.variables?.token)).toBe('[redacted]');
  });
});
