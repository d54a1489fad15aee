const hexColor = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;

/** True for `#rgb`, `#rgba`, `#rrggbb` and `#rrggbbaa`: the only colours taken from server data. */
export function isHexColor(value: unknown): value is string {
  return typeof value === 'string' && hexColor.test(value);
}
