// Generated answers through the React layer: a SessionProvider signed in, then a few refreshes
// and logins answered with fuzz. After every step the cache, what useSession shows and what is
// stored must be exactly the last good session: a bad answer changes nothing, a good one replaces
// it, a 401 to the session signs out.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  createSessionClient,
  SessionProvider,
  useLogin,
  useSession,
  type Session,
} from '../../src';
import { memoryStorage, parseStored } from '../../src/core/storage';
import { createSessionKeys } from '../../src/core/queryKeys';
import { signedOutSession } from '../../src/core/signedOut';
import { signedInBody, storedKeyOf } from '../fixtures/wire';
import { responseOf, sessionAnswers, type Answer } from './arbitraries';
import { apiUrl, checkAsync, ensure, expectPrototypesUntouched, fuzzFigures } from './harness';
import { testQueryClient } from '../support/queryClient';

const counter = fuzzFigures(import.meta.url);

const password = 'fuzz-secret-pw-7c1d';
const runs = Number(process.env.FUZZ_PROVIDER_RUNS ?? 100);

/**
 * No network failures (the session query backs off 1 s, 2 s, 4 s on those: the faults suite covers
 * them), `Retry-After: 0` so retried kinds retry at once, and no `X-Session-Status` (a `stale` on a
 * login answer starts a refetch of its own; covered in test/react).
 */
const providerAnswer = sessionAnswers.map((answer): Answer => ({
  ...answer,
  failure: 'none',
  headers: {
    ...Object.fromEntries(
      Object.entries(answer.headers).filter(
        ([name]) => name !== 'X-Session-Status' && name !== 'Retry-After',
      ),
    ),
    'Retry-After': '0',
  },
}));

const step = fc.record({
  action: fc.constantFrom('refresh' as const, 'login' as const),
  answer: providerAnswer,
});

/** What the plain client makes of an answer: the session, or the error. */
async function outcome(answer: Answer, action: 'refresh' | 'login') {
  const probe = createSessionClient({ apiUrl, fetch: async () => responseOf(answer) });
  try {
    return {
      session: await (action === 'refresh'
        ? probe.getSession()
        : probe.login({ username: 'u', password: 'p' })),
    };
  } catch (error) {
    return { error: error as { kind: string } };
  }
}

const json = (value: unknown) => JSON.stringify(value);

/**
 * Whether an answer says, in so many words, that nobody is signed in: a 401, or a body (in any
 * envelope) with `auth: false`, `signal: "login" | "logout"` or an error whose code is 401.
 */
function saysSignedOut(answer: Answer): boolean {
  if (answer.status === 401) return true;
  try {
    // fetch's text() drops a byte-order mark, as the kit sees it.
    return explicitlySignedOut(JSON.parse(answer.text.replace(/^\uFEFF/, '')), 3);
  } catch {
    return false;
  }
}

function explicitlySignedOut(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null || depth === 0) return false;
  const body = value as Record<string, unknown>;
  if (body.auth === false || body.signal === 'login' || body.signal === 'logout') return true;
  if (String(body.code) === '401') return true;
  return Object.values(body).some((inner) => explicitlySignedOut(inner, depth - 1));
}

describe('fuzz: the provider keeps the last good session', () => {
  it(`${runs} runs of 1–4 fuzzed refreshes and logins`, async () => {
    await checkAsync(
      counter,
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 4 }), async (steps) => {
        let current: Answer | null = null;
        const client = createSessionClient({
          apiUrl,
          fetch: async () =>
            current === null ? new Response(JSON.stringify(signedInBody)) : responseOf(current),
        });
        const storage = memoryStorage();
        const queryClient = testQueryClient();
        const keys = createSessionKeys(apiUrl);
        const { result, unmount } = renderHook(() => ({ state: useSession(), login: useLogin() }), {
          wrapper: ({ children }) => (
            <SessionProvider
              client={client}
              queryClient={queryClient}
              storage={storage}
              refetchInterval={false}
              refetchOnWindowFocus={false}
            >
              {children}
            </SessionProvider>
          ),
        });
        try {
          await waitFor(() =>
            ensure(result.current.state.status === 'authenticated', 'not signed in at start'),
          );
          let lastGood = queryClient.getQueryData<Session>(keys.session)!;
          for (const { action, answer } of steps) {
            current = answer;
            const before = queryClient.getQueryData<Session>(keys.session)!;
            const expected = await outcome(answer, action);
            if (action === 'refresh') {
              await act(() => result.current.state.refresh());
              // Nobody signed in after someone was (or after an end): the server ended the session.
              const ended = lastGood.status !== 'unauthenticated' || lastGood.ended;
              if (expected.session)
                lastGood =
                  expected.session.status === 'unauthenticated'
                    ? { ...expected.session, ended }
                    : expected.session;
              else if (expected.error.kind === 'unauthorized')
                lastGood = signedOutSession(lastGood.app, ended);
            } else {
              await act(async () => {
                await result.current.login
                  .mutateAsync({ username: 'fuzz', password })
                  .catch(() => {});
              });
              if (expected.session) lastGood = expected.session;
            }
            const cached = queryClient.getQueryData<Session>(keys.session);
            // Independent of the client's reading: only an explicit answer signs out, and a new
            // user must be one the answer names.
            if (before.status !== 'unauthenticated' && cached?.status === 'unauthenticated')
              ensure(saysSignedOut(answer), `${action}: signed out by ${answer.text.slice(0, 80)}`);
            if (cached?.user && cached.user.id !== before.user?.id)
              ensure(
                answer.text.includes(JSON.stringify(cached.user.id)),
                `${action}: a user the answer does not name`,
              );
            ensure(
              json(cached) === json(lastGood),
              `${action}: the cache is not the last good session`,
            );
            // TanStack notifies observers on a timer: the screen follows within a tick.
            await waitFor(
              () =>
                ensure(
                  json(result.current.state.session) === json(lastGood),
                  `${action}: useSession does not show the last good session`,
                ),
              { timeout: 1000, interval: 5 },
            );
            const stored = storage.getItem(storedKeyOf(apiUrl));
            if (lastGood.status === 'unauthenticated')
              ensure(stored === null, `${action}: a signed-out session left storage`);
            else
              ensure(
                json(parseStored(stored ?? '', apiUrl)?.session) ===
                  json({ ...lastGood, jwt: null }),
                `${action}: storage is not the last good session`,
              );
            ensure(!(stored ?? '').includes(password), 'the password reached storage');
          }
          const caches = json([
            queryClient
              .getQueryCache()
              .getAll()
              .map((query) => query.state),
            queryClient
              .getMutationCache()
              .getAll()
              .map((mutation) => ({ state: mutation.state, variables: mutation.state.variables })),
          ]);
          ensure(!caches.includes(password), 'the password reached a TanStack cache');
          expectPrototypesUntouched();
        } finally {
          unmount();
          cleanup();
          queryClient.clear();
        }
      }),
      runs,
    );
  }, 120_000);
});
