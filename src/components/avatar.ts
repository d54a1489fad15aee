// What <UserAvatar> shows, computed from untrusted server data.

/**
 * Up to two characters for an avatar: the first letter or digit of the first and of the last word,
 * upper-cased. Punctuation is skipped, so markup in a name yields letters, not `<`.
 */
export function initials(name: string | null | undefined): string {
  const words = (name ?? '')
    .trim()
    .split(/[\s@._-]+/u)
    .filter(Boolean);
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  return [first, last]
    .map((word) => word?.match(/[\p{L}\p{N}]/u)?.[0] ?? '')
    .join('')
    .toLocaleUpperCase();
}

const hexColor = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** True for `#rgb`, `#rgba`, `#rrggbb` and `#rrggbbaa`: the only colours taken from server data. */
export function isHexColor(value: unknown): value is string {
  return typeof value === 'string' && hexColor.test(value);
}

const maxLength = 100_000;

/**
 * An untrusted SVG document as a `data:` URL for an `<img src>`, where scripts, event handlers
 * and external loads never run; `null` when it is empty, not an SVG, or too large.
 */
export function svgDataUrl(svg: string | null | undefined): string | null {
  if (typeof svg !== 'string' || svg.length > maxLength || !/<svg[\s>]/i.test(svg)) return null;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
