// The harness starts every scenario with an empty cookie jar: MSW keeps one jar for the whole file,
// so without the reset a cookie from one scenario's backend reaches the next one's requests.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiUrl, setUpFaults, useBackend, users } from './harness';

const server = setUpFaults(import.meta.url);

/** The cookies a request to the API carries, as MSW hands them to a handler. */
async function cookiesSent(): Promise<unknown> {
  server.use(http.get(`${apiUrl}/cookies`, ({ cookies }) => HttpResponse.json(cookies)));
  const answer = await fetch(`${apiUrl}/cookies`, { credentials: 'include' });
  return answer.json();
}

describe('the cookie jar between scenarios', () => {
  it('holds the session cookie within a scenario', async () => {
    useBackend(server);
    await fetch(`${apiUrl}/app/login`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: users.single.username, password: users.single.password }),
    });
    expect(await cookiesSent()).toEqual({ BackstackJWT: expect.any(String) });
  });

  it('is empty when the next scenario starts', async () => {
    expect(await cookiesSent()).toEqual({});
  });
});
