import { safeReturnTo } from './safeReturnTo';

const base = 'https://with-return-to.invalid';

/**
 * `redirectTo` with `returnTo` added as the query parameter `param`, or `null` when `redirectTo`
 * is not a safe same-origin path. An unsafe `returnTo` is left out, never passed on.
 */
export function withReturnTo(
  redirectTo: string,
  returnTo: string | undefined,
  param: string,
): string | null {
  if (safeReturnTo(redirectTo) === null) return null;
  const safeReturn = safeReturnTo(returnTo);
  if (safeReturn === null) return redirectTo;
  const url = new URL(redirectTo, base);
  url.searchParams.set(param, safeReturn);
  return `${url.pathname}${url.search}${url.hash}`;
}
