// @vitest-environment node
// Error bodies of every generation ({error: {…}}, {success: false, …}, {errors: […]}, {error: "…"}),
// through the password calls (whose success answer carries nothing): 10,000 answers. An intact error
// body must surface its message and field messages exactly; an `error` that says nothing (`""`,
// `{}`, `null`) in a 200 answer is no error.
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import type { SessionClient } from '../../src';
import { actionAnswers, type Answer, type Json } from './arbitraries';
import {
  checkAsync,
  ensure,
  expectPrototypesUntouched,
  expectWellFormedError,
  fuzzClient,
  fuzzFigures,
  runsPerCall,
} from './harness';

const counter = fuzzFigures(import.meta.url);
afterAll(() => counter.write());

const unsafe = new Set(['__proto__', 'constructor', 'prototype']);
const isObject = (value: Json | undefined): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: Json | undefined) =>
  typeof value === 'string' ? value.trim().slice(0, 300) || undefined : undefined;

function fieldsOf(value: Json | undefined): Record<string, string> {
  if (!isObject(value)) return {};
  const fields: Record<string, string> = {};
  for (const [name, message] of Object.entries(value)) {
    if (unsafe.has(name)) continue;
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
  if (!isObject(body)) throw new Error('not an error body');
  if (isObject(body.error))
    return {
      message: text(body.error.message),
      fields: fieldsOf(body.error.fields),
      code: body.error.code,
    };
  if (body.success === false) {
    const detail = isObject(body.data) ? body.data : isObject(body.payload) ? body.payload : {};
    const fields = isObject(detail.fields)
      ? detail.fields
      : isObject(detail.error)
        ? detail.error.fields
        : undefined;
    return { message: text(body.message), fields: fieldsOf(fields), code: body.code };
  }
  if (Array.isArray(body.errors) && isObject(body.errors[0])) {
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
  if (!isObject(body) || !('error' in body)) return false;
  const { error } = body;
  if (error === null || typeof error === 'string') return text(error) === undefined;
  return (
    isObject(error) &&
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
    let run = 0;
    await checkAsync(
      counter,
      fc.asyncProperty(actionAnswers, async (answer) => {
        fuzz.answer(answer);
        run += 1;
        const [name, call] = calls[run % 2]!;
        let failure: unknown;
        let resolved = false;
        try {
          await call(fuzz.client);
          resolved = true;
        } catch (error) {
          failure = error;
        }
        expectPrototypesUntouched();
        if (resolved) {
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
          expectServerError(failure, answer);
          if (answer.pristine && answer.generation === 'success')
            throw new Error(`${name} refused a success: ${String(failure)}`);
        }
      }),
      runsPerCall,
    );
  }, 120_000);
});
