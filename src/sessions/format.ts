import type { SessionActivity } from './schemas';

/**
 * The locale of dates and places: `locale` when given (a prop, the labels' `locale`), else the
 * page's language (`<html lang>`), else `undefined` — the browser's. Never `navigator.language`
 * first: an Arabic page in an English browser reads Arabic dates.
 */
export const pageLocale = (locale?: string): string | undefined =>
  locale || globalThis.document?.documentElement.lang || undefined;

const units: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * `time` relative to `now` in `locale` (default: the user's), e.g. "4 minutes ago", "yesterday",
 * "il y a 3 jours". Anything under a minute reads as "now".
 *
 * @example
 * formatRelativeTime(record.lastActiveAt, Date.now(), 'de') // "vor 4 Minuten"
 */
export function formatRelativeTime(time: number, now: number, locale?: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const elapsed = time - now;
  for (const [unit, size] of units) {
    if (Math.abs(elapsed) >= size) return format.format(Math.round(elapsed / size), unit);
  }
  return format.format(0, 'second');
}

/** "Chrome 126" from a browser name and version (major version only). */
export function browserLabel(activity: SessionActivity | null): string | null {
  if (!activity?.browserName) return null;
  const major = activity.browserVersion?.split('.')[0];
  return major ? `${activity.browserName} ${major}` : activity.browserName;
}

/** "Berlin, Germany": the city and the country's name in `locale` (a code it cannot name stays a code). */
export function locationLabel(activity: SessionActivity | null, locale?: string): string | null {
  if (!activity) return null;
  const country = activity.country ? countryName(activity.country, locale) : undefined;
  const parts = [activity.city, country].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(', ') : null;
}

function countryName(code: string, locale?: string): string {
  try {
    return new Intl.DisplayNames(locale, { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code; // not a region code
  }
}

/** The full date and time ("15 Jan 2026, 12:00") in `locale`: a relative time's tooltip. */
export function formatDateTime(time: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}
