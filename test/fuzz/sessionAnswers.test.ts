// @vitest-environment node
// The calls whose answer is a session (GET /app/session, login, logout, lock screen, account
// selection), fed 10,000 generated answers each: valid sessions of every generation, the same
// broken at random places, error bodies, and garbage. Every answer goes to every call, through a
// cookie-mode or a bearer-mode client.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import type { Session, SessionClient } from '../../src';
import { expectedStatus, sessionAnswers, type Answer, type Generation } from './arbitraries';
import {
  checkAsync,
  ensure,
  expectValidSession,
  expectValueOrError,
  fuzzClient,
  fuzzFigures,
  runsPerCall,
  settle,
} from './harness';

const counter = fuzzFigures(import.meta.url);

/** The calls, each parsing its answer with the session schema. Paired calls alternate run by run. */
const calls: readonly [
  name: string,
  call: (client: SessionClient, run: number) => Promise<Session>,
][] = [
  ['GET /app/session', (client) => client.getSession()],
  ['POST /app/login', (client) => client.login({ username: 'fuzz', password: 'fuzz-password' })],
  ['GET /app/logout', (client) => client.logout()],
  [
    'GET|POST /user/lock-screen',
    (client, run) => (run % 2 ? client.unlockScreen('fuzz-password') : client.lockScreen()),
  ],
  [
    'POST /app/login-account|/user/change-account',
    (client, run) => (run % 2 ? client.changeAccount('acc_2') : client.selectAccount('acc_1')),
  ],
];

async function deliver(
  client: SessionClient,
  name: string,
  call: Promise<Session>,
  answer: Answer,
): Promise<void> {
  try {
    const outcome = await settle(call);
    const token = client.transport.getToken();
    ensure(token === null || typeof token === 'string', 'a token that is no string');
    expectValueOrError(outcome, answer, (session) => {
      expectValidSession(session);
      if (answer.pristine && answer.generation) {
        const expected = expectedStatus[answer.generation as Generation];
        ensure(
          session.status === expected,
          `a valid ${answer.generation} answer read as ${session.status}`,
        );
      }
    });
  } catch (error) {
    throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}

describe('fuzz: session answers through the real client', () => {
  it(`${calls.length} calls × ${runsPerCall} answers: each a valid Session or a SessionError`, async () => {
    const cookie = fuzzClient();
    const bearer = fuzzClient({ jwtTransport: 'bearer', appKey: 'pk_fuzz' });
    let run = 0;
    await checkAsync(
      counter,
      fc.asyncProperty(sessionAnswers, fc.boolean(), async (answer, useBearer) => {
        const fuzz = useBearer ? bearer : cookie;
        fuzz.answer(answer);
        run += 1;
        for (const [name, call] of calls)
          await deliver(fuzz.client, name, call(fuzz.client, run), answer);
      }),
      runsPerCall,
      calls.length,
    );
  }, 120_000);
});
