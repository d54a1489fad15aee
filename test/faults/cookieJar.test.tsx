// The harness starts every scenario with an empty cookie jar: MSW keeps one jar for the whole file,
// so without the reset a cookie from one scenario's backend reaches the next one's requests.
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { apiUrl, setUpFaults, useBackend, users, wait } from './harness';

const server = setUpFaults(import.meta.url);

/** The cookies a request to the API carries, as MSW hands them to a handler. */
async function cookiesSent(): Promise<unknown> {
  server.use(http.get(`${apiUrl}/cookies`, ({ cookies }) => HttpResponse.json(cookies)));
  const answer = await fetch(`${apiUrl}/cookies`, { credentials: 'include' });
  return answer.json();
}

const logIn = (signal?: AbortSignal) =>
  fetch(`${apiUrl}/app/login`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: users.single.username, password: users.single.password }),
    signal,
  });

describe('the cookie jar between scenarios', () => {
  it('holds the session cookie within a scenario', async () => {
    useBackend(server);
    await logIn();
    expect(await cookiesSent()).toEqual({ BackstackJWT: expect.any(String) });
  });

  it('is empty when the next scenario starts', async () => {
    expect(await cookiesSent()).toEqual({});
  });

  it('holds no cookie from an answer the last scenario gave up on', async () => {
    const backend = useBackend(server);
    backend.setFault({ type: 'slow', ms: 300, only: ['/app/login'] });
    const gaveUp = logIn(AbortSignal.timeout(20));
    await expect(gaveUp).rejects.toThrow();
  });

  it('is empty after that answer has landed', async () => {
    await wait(500); // long after the slow login answered
    expect(await cookiesSent()).toEqual({});
  });
});
