// Runs generated answers through the real client and checks what came out.
import fc from 'fast-check';
import { afterAll } from 'vitest';
import {
  createSessionClient,
  isSessionError,
  SessionError,
  sessionSchema,
  type Session,
  type SessionClientOptions,
} from '../../src';
import { createFigures } from '../../scripts/figures';
import { responseOf, type Answer, type Json } from './arbitraries';

export const apiUrl = 'https://api.fuzz.test';

/** A client whose `fetch` answers with whatever `next()` holds. */
export function fuzzClient(options: Partial<SessionClientOptions> = {}) {
  let answer: Answer | null = null;
  const fetch: typeof globalThis.fetch = async () => {
    if (answer === null) throw new Error('no answer set');
    if (answer.failure === 'network') throw new TypeError('Failed to fetch');
    return responseOf(answer);
  };
  const client = createSessionClient({ apiUrl, fetch, timeoutMs: 5_000, ...options });
  return {
    client,
    answer(next: Answer) {
      answer = next;
    },
  };
}

const prototypeNames = (target: object) => Object.getOwnPropertyNames(target).sort().join(',');
const cleanObject = prototypeNames(Object.prototype);
const cleanArray = prototypeNames(Array.prototype);

/** A plain assertion: `expect` costs microseconds each, and these run a million times. */
export function ensure(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Throws when anything was added to `Object.prototype` or `Array.prototype`. */
export function expectPrototypesUntouched(): void {
  const probe: Record<string, unknown> = {};
  ensure(
    probe.polluted === undefined && probe.isAdmin === undefined,
    'Object.prototype was polluted',
  );
  ensure(prototypeNames(Object.prototype) === cleanObject, 'Object.prototype changed');
  ensure(prototypeNames(Array.prototype) === cleanArray, 'Array.prototype changed');
}

const errorKinds = new Set([
  'network',
  'timeout',
  'aborted',
  'unauthorized',
  'forbidden',
  'not_found',
  'gone',
  'rate_limited',
  'validation',
  'server',
  'http',
  'invalid_response',
]);

/** Keys a parsed record must never take over from a server's answer. */
export const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype']);

export const isJsonObject = (value: Json | undefined): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export type Outcome<T> = { resolved: true; value: T } | { resolved: false; failure: unknown };

/** Awaits a call fed a generated answer; whatever it did, no prototype may have changed. */
export async function settle<T>(call: Promise<T>): Promise<Outcome<T>> {
  let outcome: Outcome<T>;
  try {
    outcome = { resolved: true, value: await call };
  } catch (failure) {
    outcome = { resolved: false, failure };
  }
  expectPrototypesUntouched();
  return outcome;
}

/**
 * The rule every parsed call keeps: a value only from a 2xx answer that did not fail on the way
 * (then `check` it), otherwise a well-formed `SessionError`, and never one for a pristine answer.
 */
export function expectValueOrError<T>(
  outcome: Outcome<T>,
  answer: Answer,
  check: (value: T) => void,
): void {
  if (outcome.resolved) {
    ensure(
      answer.failure === 'none' && answer.status >= 200 && answer.status <= 299,
      `a value from a ${answer.status} answer`,
    );
    check(outcome.value);
  } else {
    expectWellFormedError(outcome.failure, answer);
    if (answer.pristine)
      throw new Error(
        `a valid ${answer.generation} answer was refused: ${String(outcome.failure)}`,
      );
  }
}

/** A `SessionError` as the UI may use it: a known kind, a short message, string fields, no raw body. */
export function expectWellFormedError(
  error: unknown,
  answer: Answer,
): asserts error is SessionError {
  if (!isSessionError(error))
    throw new Error(`not a SessionError: ${String(error)}`, { cause: error });
  ensure(errorKinds.has(error.kind), `unknown kind ${error.kind}`);
  ensure(typeof error.message === 'string' && error.message.length > 0, 'no message');
  ensure(error.message.length <= 300, `a ${error.message.length}-character message`);
  for (const message of Object.values(error.fields))
    ensure(typeof message === 'string', 'a field message that is no string');
  for (const issue of error.issues)
    ensure(typeof issue.message === 'string', 'an issue without a message');
  if (error.retryAfter !== undefined) {
    ensure(
      Number.isFinite(error.retryAfter) && error.retryAfter >= 0,
      `retryAfter ${error.retryAfter}`,
    );
  }
  const status = answer.status;
  if (answer.failure === 'none' && (status < 200 || status > 299)) {
    // A non-2xx answer is an error of its status, whatever its body says.
    ensure(
      error.status === status,
      `status ${error.status} (${error.kind}: ${error.message}) for a ${status} answer`,
    );
    if (status === 401) ensure(error.kind === 'unauthorized', `${error.kind} for a 401`);
    if (status === 429) ensure(error.kind === 'rate_limited', `${error.kind} for a 429`);
    if (status >= 500) ensure(error.kind === 'server', `${error.kind} for a ${status}`);
  }
  if (answer.failure !== 'none')
    ensure(error.kind === 'network', `${error.kind} for a ${answer.failure} failure`);
}

/**
 * A session value the rest of the kit can rely on: consistent, and valid for `sessionSchema` after
 * the JSON round trip that storage makes (the schema storage and the other tabs read it back with).
 */
export function expectValidSession(session: Session): void {
  const recheck = sessionSchema.safeParse(JSON.parse(JSON.stringify(session)));
  if (!recheck.success)
    throw new Error(`re-check failed: ${JSON.stringify(recheck.error.issues.slice(0, 3))}`);
  if (session.status === 'authenticated' || session.status === 'locked') {
    ensure(
      session.account !== null && session.user !== null,
      `${session.status} without account or user`,
    );
    ensure(session.accountChoices === null, `${session.status} with account choices`);
  }
  if (session.status === 'select_account') {
    ensure(
      session.accountChoices !== null && session.account === null,
      'select_account without choices, or with an account',
    );
  }
  // Plain (React passes it from a Server Component to a Client Component), without prototype keys.
  ensure(Object.getPrototypeOf(session.access) === Object.prototype, 'access is no plain object');
  ensure(
    !['__proto__', 'constructor', 'prototype'].some((key) => Object.hasOwn(session.access, key)),
    'access holds a prototype key',
  );
  for (const value of Object.values(session.access))
    ensure(typeof value === 'string', 'access letters that are no string');
  for (const account of session.accountChoices?.accounts ?? []) {
    ensure(
      !['__proto__', 'constructor', 'prototype'].includes(account.id),
      `account id ${account.id}`,
    );
  }
}

/** Answers generated per parsed call. */
export const runsPerCall = Number(process.env.FUZZ_RUNS ?? 10_000);

/** `FUZZ_SEED=<n>` replays a failure fast-check reported; otherwise every run explores new answers. */
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

/** One test file's fuzz counters, written when the file ends. */
export function fuzzFigures(file: string) {
  const own = createFigures(file);
  afterAll(() => own.write());
  return {
    /** `calls`: how many calls each generated answer was delivered to. */
    add(details: { numRuns: number; failed: boolean }, calls = 1) {
      own.figures.fuzz.runs += details.numRuns * calls;
      own.figures.fuzz.survived += (details.failed ? details.numRuns - 1 : details.numRuns) * calls;
    },
  };
}

/**
 * Runs an async property, counts it (`calls` deliveries per generated answer), and fails the test
 * with fast-check's report (seed included) when it fails.
 */
export async function checkAsync<Ts extends unknown[]>(
  counter: ReturnType<typeof fuzzFigures>,
  property: fc.IAsyncPropertyWithHooks<Ts>,
  numRuns: number,
  calls = 1,
): Promise<void> {
  const details = await fc.check(property, seed === undefined ? { numRuns } : { numRuns, seed });
  counter.add(details, calls);
  if (details.failed) {
    const cause =
      details.errorInstance instanceof Error
        ? details.errorInstance.message
        : String(details.errorInstance);
    throw new Error(
      `${fc.defaultReportMessage(details) ?? 'property failed'}\n${cause.slice(0, 2000)}`,
    );
  }
}

/**
 * `checkAsync` over `runsPerCall` generated answers: each is served by `fuzz`, then `check`ed with
 * its run number (1, 2, …).
 */
export function checkEachAnswer<A extends Answer>(
  counter: ReturnType<typeof fuzzFigures>,
  fuzz: { answer(next: Answer): void },
  answers: fc.Arbitrary<A>,
  check: (answer: A, run: number) => Promise<void>,
): Promise<void> {
  let run = 0;
  return checkAsync(
    counter,
    fc.asyncProperty(answers, async (answer) => {
      fuzz.answer(answer);
      run += 1;
      await check(answer, run);
    }),
    runsPerCall,
  );
}
