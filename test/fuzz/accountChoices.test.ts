// @vitest-environment node
// GET /app/login-account and GET /user/change-account, fed 10,000 generated answers each: every
// account-list shape (map, pairs, objects; with or without `last_login`), broken, error bodies, garbage.
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import type { AccountChoices, SessionClient } from '../../src';
import { choicesAnswers, type Answer, type Json } from './arbitraries';
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
const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** How many accounts a valid list holds, by the API's rules (prototype keys dropped). */
function accountsIn(list: Json): number {
  if (isObject(list)) return Object.keys(list).filter((id) => !unsafe.has(id)).length;
  if (!Array.isArray(list)) throw new Error('not a list');
  return list.reduce<number>((count, item) => {
    if (!isObject(item)) throw new Error('not a list item');
    if ('id' in item && 'title' in item) return count + (unsafe.has(String(item.id)) ? 0 : 1);
    return count + Object.keys(item).filter((id) => !unsafe.has(id)).length;
  }, 0);
}

function expectChoices(choices: AccountChoices, answer: Answer): void {
  ensure(Array.isArray(choices.accounts), 'accounts is no array');
  for (const account of choices.accounts) {
    ensure(
      typeof account.id === 'string' && typeof account.title === 'string',
      'an account that is not {id, title} strings',
    );
    ensure(!unsafe.has(account.id), `account id ${account.id}`);
  }
  ensure(
    choices.lastLogin === null || typeof choices.lastLogin === 'string',
    'lastLogin is neither null nor a string',
  );
  if (answer.pristine && isObject(answer.source) && answer.generation === 'choices') {
    const { accounts, last_login: lastLogin } = answer.source;
    ensure(choices.accounts.length === accountsIn(accounts as Json), 'accounts lost or invented');
    ensure(
      choices.lastLogin ===
        (lastLogin === null || lastLogin === undefined ? null : String(lastLogin)),
      'last_login misread',
    );
  } else if (answer.pristine) {
    ensure(choices.accounts.length === accountsIn(answer.source), 'accounts lost or invented');
  }
}

const calls: readonly [string, (client: SessionClient) => Promise<AccountChoices>][] = [
  ['GET /app/login-account', (client) => client.getLoginAccounts()],
  ['GET /user/change-account', (client) => client.getAccountChoices()],
];

describe('fuzz: account choices through the real client', () => {
  for (const [name, call] of calls) {
    it(`${name}: ${runsPerCall} answers, each {accounts, lastLogin} or a SessionError`, async () => {
      const fuzz = fuzzClient();
      await checkAsync(
        counter,
        fc.asyncProperty(choicesAnswers, async (answer) => {
          fuzz.answer(answer);
          let choices: AccountChoices | undefined;
          let failure: unknown;
          try {
            choices = await call(fuzz.client);
          } catch (error) {
            failure = error;
          }
          expectPrototypesUntouched();
          if (choices) {
            ensure(
              answer.failure === 'none' && answer.status >= 200 && answer.status <= 299,
              `choices from a ${answer.status} answer`,
            );
            expectChoices(choices, answer);
          } else {
            expectWellFormedError(failure, answer);
            if (answer.pristine)
              throw new Error(
                `a valid ${answer.generation} answer was refused: ${String(failure)}`,
              );
          }
        }),
        runsPerCall,
      );
    }, 120_000);
  }
});
