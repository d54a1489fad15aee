import { describe, expect, it } from 'vitest';
import { browserLabel, formatRelativeTime, locationLabel } from '../../src/sessions/format';

const now = Date.UTC(2026, 0, 15, 12, 0, 0);
const activity = {
  deviceType: 'iPhone',
  isMobile: true,
  browserName: 'Safari',
  browserVersion: '17.5.1',
  ipAddress: '198.51.100.23',
  city: 'Lisbon',
  country: 'pt',
};

describe('formatRelativeTime', () => {
  it.each([
    [-10_000, 'now'],
    [-4 * 60_000, '4 minutes ago'],
    [-2 * 3_600_000, '2 hours ago'],
    [-86_400_000, 'yesterday'],
    [-3 * 86_400_000, '3 days ago'],
    [-14 * 86_400_000, '2 weeks ago'],
    [-65 * 86_400_000, '2 months ago'],
    [-800 * 86_400_000, '2 years ago'],
    [5 * 60_000, 'in 5 minutes'],
  ])('%i ms → %s (en)', (offset, text) => {
    expect(formatRelativeTime(now + offset, now, 'en')).toBe(text);
  });

  it('speaks the given locale', () => {
    expect(formatRelativeTime(now - 4 * 60_000, now, 'de')).toBe('vor 4 Minuten');
    expect(formatRelativeTime(now - 86_400_000, now, 'fr')).toBe('hier');
  });
});

describe('browserLabel and locationLabel', () => {
  it('names the browser with its major version, and the place with the country in the locale', () => {
    expect(browserLabel(activity)).toBe('Safari 17');
    expect(browserLabel({ ...activity, browserVersion: undefined })).toBe('Safari');
    expect(browserLabel(null)).toBeNull();
    expect(locationLabel(activity, 'en')).toBe('Lisbon, Portugal');
    expect(locationLabel(activity, 'de')).toBe('Lisbon, Portugal');
    expect(locationLabel({ ...activity, country: 'DE' }, 'fr')).toBe('Lisbon, Allemagne');
    expect(locationLabel({ ...activity, city: undefined, country: 'not a code' }, 'en')).toBe(
      'not a code',
    );
    expect(locationLabel({ ...activity, city: undefined, country: undefined }, 'en')).toBeNull();
  });
});
