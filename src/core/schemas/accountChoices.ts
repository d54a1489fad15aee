import * as z from 'zod/mini';
import { isUnsafeKey } from '../records';
import { optional, transform } from './primitives';

export interface AccountChoice {
  id: string;
  title: string;
}

/** The accounts a user may pick from, and the one to pre-select. */
export interface AccountChoices {
  accounts: AccountChoice[];
  lastLogin: string | null;
}

type Pair = readonly [id: string, title: string];

const idTitleMap = transform(z.record(z.string(), z.string()), (map): Pair[] =>
  Object.entries(map),
);
const idTitleObject = transform(
  z.object({ id: z.union([z.string(), z.number()]), title: z.string() }),
  ({ id, title }): Pair[] => [[String(id), title]],
);

/**
 * Every account-list shape the API has used, read as `{ id, title }[]`:
 * `{"acc_1": "Foo"}`, `[{"acc_1": "Foo"}]` and `[{id, title}]`.
 */
export const accountListSchema = transform(
  z.union([
    transform(z.array(z.union([idTitleObject, idTitleMap])), (items) => items.flat()),
    idTitleMap,
  ]),
  (pairs): AccountChoice[] =>
    pairs.filter(([id]) => !isUnsafeKey(id)).map(([id, title]) => ({ id, title })),
);

/** `{accounts, last_login}`, or a bare list (the change-account answer). */
export const accountChoicesSchema = transform(
  z.union([
    z.object({
      accounts: accountListSchema,
      last_login: optional(z.union([z.string(), z.number()])),
    }),
    transform(accountListSchema, (accounts) => ({ accounts, last_login: undefined })),
  ]),
  ({ accounts, last_login }): AccountChoices => ({
    accounts,
    lastLogin: last_login === undefined ? null : String(last_login),
  }),
);

/** The account to pre-select or auto-select: the last one used when it is on the list, else the first. */
export function preferredAccount(choices: AccountChoices | null | undefined): string | null {
  if (!choices) return null;
  const { accounts, lastLogin } = choices;
  if (lastLogin !== null && accounts.some((account) => account.id === lastLogin)) return lastLogin;
  return accounts[0]?.id ?? null;
}
