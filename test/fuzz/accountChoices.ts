// GET /app/login-account and GET /user/change-account, fed 10,000 generated answers each: every
// account-list shape (map, pairs, objects; with or without `last_login`), broken, error bodies, garbage.
// One test file per call, so that each runs within a minute.
import { describe, it } from 'vitest';
import type { AccountChoices, SessionClient } from '../../src';
import { choicesAnswers, type Answer, type Json } from './arbitraries';
import {
  checkEachAnswer,
  ensure,
  expectValueOrError,
  fuzzClient,
  fuzzFigures,
  isJsonObject,
  runsPerCall,
  settle,
  unsafeKeys,
} from './harness';

/** How many accounts a valid list holds, by the API's rules (prototype keys dropped). */
function accountsIn(list: Json): number {
  if (isJsonObject(list)) return Object.keys(list).filter((id) => !unsafeKeys.has(id)).length;
  if (!Array.isArray(list)) throw new Error('not a list');
  return list.reduce<number>((count, item) => {
    if (!isJsonObject(item)) throw new Error('not a list item');
    if ('id' in item && 'title' in item) return count + (unsafeKeys.has(String(item.id)) ? 0 : 1);
    return count + Object.keys(item).filter((id) => !unsafeKeys.has(id)).length;
  }, 0);
}

function expectChoices(choices: AccountChoices, answer: Answer): void {
  ensure(Array.isArray(choices.accounts), 'accounts is no array');
  for (const account of choices.accounts) {
    ensure(
      typeof account.id === 'string' && typeof account.title === 'string',
      'an account that is not {id, title} strings',
    );
    ensure(!unsafeKeys.has(account.id), `account id ${account.id}`);
  }
  ensure(
    choices.lastLogin === null || typeof choices.lastLogin === 'string',
    'lastLogin is neither null nor a string',
  );
  if (answer.pristine && isJsonObject(answer.source) && answer.generation === 'choices') {
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

const calls: Record<string, (client: SessionClient) => Promise<AccountChoices>> = {
  'GET /app/login-account': (client) => client.getLoginAccounts(),
  'GET /user/change-account': (client) => client.getAccountChoices(),
};

/** The fuzz test of one call; `file` is the test file's `import.meta.url`. */
export function fuzzAccountChoices(file: string, name: keyof typeof calls): void {
  const counter = fuzzFigures(file);
  const call = calls[name]!;
  describe('fuzz: account choices through the real client', () => {
    it(`${name}: ${runsPerCall} answers, each {accounts, lastLogin} or a SessionError`, async () => {
      const fuzz = fuzzClient();
      await checkEachAnswer(counter, fuzz, choicesAnswers, async (answer) =>
        expectValueOrError(await settle(call(fuzz.client)), answer, (choices) =>
          expectChoices(choices, answer),
        ),
      );
    }, 120_000);
  });
}
