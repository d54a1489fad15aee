import type { AccountChoices } from '../core/schemas/accountChoices';

/** The account to pre-select or auto-select: the last one used when it is on the list, else the first. */
export function preferredAccount(choices: AccountChoices | null | undefined): string | null {
  if (!choices) return null;
  const { accounts, lastLogin } = choices;
  if (lastLogin !== null && accounts.some((account) => account.id === lastLogin)) return lastLogin;
  return accounts[0]?.id ?? null;
}
