// @vitest-environment node
// Error bodies of every generation ({error: {…}}, {success: false, …}, {errors: […]}, {error: "…"}),
// through the password calls (whose success answer carries nothing): 10,000 answers. An intact error
// body must surface its message and field messages exactly; an `error` that says nothing (`""`,
// `{}`, `null`) in a 200 answer is no error.
import { describe, it } from 'vitest';
import type { SessionClient } from '../../src';
import { actionAnswers, type Answer, type Json } from './arbitraries';
import {
  checkEachAnswer,
  ensure,
  expectWellFormedError,
  fuzzClient,
  fuzzFigures,
  isJsonObject,
  runsPerCall,
  settle,
  unsafeKeys,
} from './harness';

const counter = fuzzFigures(import.meta.url);

const text = (value: Json | undefined) =>
  typeof value === 'string' ? value.trim().slice(0, 300) || undefined : undefined;

function fieldsOf(value: Json | undefined): Record<string, string> {
  if (!isJsonObject(value)) return {};
  const fields: Record<string, string> = {};
  for (const [name, message] of Object.entries(value)) {
    if (unsafeKeys.has(name)) continue;
    fields[name] = Array.isArray(message) ? String(message[0]) : String(message);
  }
  return fields;
}

/** What the server said, by the documented error shapes. */
function expected(body: Json): {
  message: string | undefined;
  fields: Record<string, string>;
  code: Json | undefined;
} {
  if (!isJsonObject(body)) throw new Error('not an error body');
  if (isJsonObject(body.error))
    return {
      message: text(body.error.message),
      fields: fieldsOf(body.error.fields),
      code: body.error.code,
    };
  if (body.success === false) {
    const detail = isJsonObject(body.data)
      ? body.data
      : isJsonObject(body.payload)
        ? body.payload
        : {};
    const fields = isJsonObject(detail.fields)
      ? detail.fields
      : isJsonObject(detail.error)
        ? detail.error.fields
        : undefined;
    return { message: text(body.message), fields: fieldsOf(fields), code: body.code };
  }
  if (Array.isArray(body.errors) && isJsonObject(body.errors[0])) {
    const [first] = body.errors;
    return {
      message: text(first.long_message) ?? text(first.message),
      fields: {},
      code: first.code,
    };
  }
  return { message: text(body.error), fields: {}, code: undefined };
}

/** `{error: ""}`, `{error: null}`, `{error: {}}`: an `error` that says nothing, in a 200 no error. */
function saysNothing(body: Json): boolean {
  if (!isJsonObject(body) || !('error' in body)) return false;
  const { error } = body;
  if (error === null || typeof error === 'string') return text(error) === undefined;
  return (
    isJsonObject(error) &&
    error.type === undefined &&
    typeof error.code !== 'string' &&
    typeof error.code !== 'number' &&
    text(error.message) === undefined &&
    Object.keys(fieldsOf(error.fields)).length === 0
  );
}

function statusFromCode(code: Json | undefined): number {
  const status = Number(code);
  return typeof code !== 'boolean' &&
    code !== null &&
    Number.isInteger(status) &&
    status >= 400 &&
    status <= 599
    ? status
    : 400;
}

function expectServerError(failure: unknown, answer: Answer): void {
  expectWellFormedError(failure, answer);
  if (!(answer.intact && answer.envelope === 'bare' && answer.generation === 'error')) return;
  const ok = answer.status >= 200 && answer.status <= 299;
  const want = expected(answer.source);
  if (want.message !== undefined)
    ensure(
      failure.message === want.message,
      `message ${JSON.stringify(failure.message)}, expected ${JSON.stringify(want.message)}`,
    );
  ensure(
    JSON.stringify(failure.fields) === JSON.stringify(want.fields),
    `fields ${JSON.stringify(failure.fields)}, expected ${JSON.stringify(want.fields)}`,
  );
  if (ok)
    ensure(
      failure.status === statusFromCode(want.code),
      `status ${failure.status} for code ${JSON.stringify(want.code)}`,
    );
}

const calls: readonly [string, (client: SessionClient) => Promise<void>][] = [
  ['POST /app/forgot-password', (client) => client.forgotPassword('user@example.test')],
  [
    'POST /app/reset-password',
    (client) =>
      client.resetPassword({ token: 't', password: 'fuzz-password', confirm: 'fuzz-password' }),
  ],
];

describe('fuzz: error bodies through the real client', () => {
  it(`forgot/reset password: ${runsPerCall} answers, each success or a SessionError with the server's words`, async () => {
    const fuzz = fuzzClient();
    await checkEachAnswer(counter, fuzz, actionAnswers, async (answer, run) => {
      const [name, call] = calls[run % 2]!;
      const outcome = await settle(call(fuzz.client));
      if (outcome.resolved) {
        ensure(
          answer.failure === 'none' && answer.status >= 200 && answer.status <= 299,
          `${name} succeeded on a ${answer.status} answer`,
        );
        ensure(
          !(
            answer.intact &&
            answer.envelope === 'bare' &&
            answer.generation === 'error' &&
            !saysNothing(answer.source)
          ),
          `${name} took an error body for a success`,
        );
      } else {
        expectServerError(outcome.failure, answer);
        if (answer.pristine && answer.generation === 'success')
          throw new Error(`${name} refused a success: ${String(outcome.failure)}`);
      }
    });
  }, 120_000);
});
