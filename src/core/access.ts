import { getOwn } from './records';

/** Feature id → granted CRUD letters, e.g. `{ "account-users": "crud", payments: "r" }`. */
export type AccessMap = Readonly<Record<string, string>>;

const entrySeparator = /[,;]/;
const featurePattern = /^[^\s:*]+$/;

/**
 * The API's own access rule. A requirement is `"*"` (anyone) or a list of entries separated by
 * `,` or `;`, any of which may hold. An entry is `feature` (any access to it) or
 * `feature:letters` (holds when any requested letter is granted). Unknown features and malformed
 * requirements deny; it never throws. Lookups are own-property only.
 *
 * @example
 * hasAccess({ 'account-users': 'r' }, 'account-users:cr') // true
 * hasAccess({ 'account-users': 'r' }, 'account-users:c') // false
 */
export function hasAccess(access: AccessMap | null | undefined, requirement: string): boolean {
  if (typeof requirement !== 'string') return false;
  return requirement.split(entrySeparator).some((entry) => entryHolds(access ?? {}, entry.trim()));
}

function entryHolds(access: AccessMap, entry: string): boolean {
  if (entry === '*') return true;
  const parts = entry.split(':');
  if (parts.length > 2) return false;
  const [feature = '', requested = ''] = parts.map((part) => part.trim());
  if (!featurePattern.test(feature)) return false;
  const granted = getOwn(access, feature);
  if (typeof granted !== 'string' || granted === '') return false;
  if (requested === '' || requested === '*') return true;
  const grantedLetters = granted.toLowerCase();
  return [...requested.toLowerCase()].some((letter) => grantedLetters.includes(letter));
}
