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
  const map = access ?? {};
  for (const entry of compiled(requirement))
    if (entry === anyone || entryHolds(map, entry)) return true;
  return false;
}

/** `*`, or a feature and the letters asked of it (`''`: any access). */
type Entry = typeof anyone | { feature: string; letters: string };
const anyone = '*';

/**
 * Requirements come from the app's code and the session's alerts, a small set checked on every
 * render: each is split once (the cache is dropped when it grows past `maxCached`, so a stream
 * of distinct requirements cannot grow it without bound).
 */
const cache = new Map<string, readonly Entry[]>();
const maxCached = 1_000;

function compiled(requirement: string): readonly Entry[] {
  let entries = cache.get(requirement);
  if (!entries) {
    if (cache.size >= maxCached) cache.clear();
    entries = compile(requirement);
    cache.set(requirement, entries);
  }
  return entries;
}

/** The entries of a requirement; a malformed entry is left out, as it can never hold. */
function compile(requirement: string): Entry[] {
  return requirement.split(entrySeparator).flatMap((raw): Entry[] => {
    const entry = raw.trim();
    if (entry === '*') return [anyone];
    const parts = entry.split(':');
    if (parts.length > 2) return [];
    const [feature = '', requested = ''] = parts.map((part) => part.trim());
    if (!featurePattern.test(feature)) return [];
    return [{ feature, letters: requested === '*' ? '' : requested.toLowerCase() }];
  });
}

function entryHolds(
  access: AccessMap,
  { feature, letters }: Exclude<Entry, typeof anyone>,
): boolean {
  const granted = getOwn(access, feature);
  if (typeof granted !== 'string' || granted === '') return false;
  if (letters === '') return true;
  const grantedLetters = granted.toLowerCase();
  for (const letter of letters) if (grantedLetters.includes(letter)) return true;
  return false;
}
