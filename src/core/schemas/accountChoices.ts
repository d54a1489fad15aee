import * as z from 'zod';
import { isUnsafeKey } from '../records';
import { optional } from './primitives';

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

const idTitleMap = z.record(z.string(), z.string()).transform((map): Pair[] => Object.entries(map));
const idTitleObject = z
  .object({ id: z.union([z.string(), z.number()]), title: z.string() })
  .transform(({ id, title }): Pair[] => [[String(id), title]]);

/**
 * Every account-list shape the API has used, read as `{ id, title }[]`:
 * `{"acc_1": "Foo"}`, `[{"acc_1": "Foo"}]` and `[{id, title}]`.
 */
export const accountListSchema = z
  .union([z.array(z.union([idTitleObject, idTitleMap])).transform((items) => items.flat()), idTitleMap])
  .transform((pairs): AccountChoice[] =>
    pairs.filter(([id]) => !isUnsafeKey(id)).map(([id, title]) => ({ id, title })),
  );

/** `{accounts, last_login}`, or a bare list (the change-account answer). */
export const accountChoicesSchema = z
  .union([
    z.object({ accounts: accountListSchema, last_login: optional(z.union([z.string(), z.number()])) }),
    accountListSchema.transform((accounts) => ({ accounts, last_login: undefined })),
  ])
  .transform(
    ({ accounts, last_login }): AccountChoices => ({
      accounts,
      lastLogin: last_login === undefined ? null : String(last_login),
    }),
  );
