/** Up to two letters for an avatar: the first letters of the first and last words, upper-cased. */
export function initials(name: string | null | undefined): string {
  const words = (name ?? '').trim().split(/[\s@._-]+/u).filter(Boolean);
  const first = words[0];
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  return [first, last]
    .map((word) => (word ? (Array.from(word)[0] ?? '') : ''))
    .join('')
    .toLocaleUpperCase();
}
