import type { ReactNode } from 'react';

/**
 * `label(text)` with each `text` in its own `<bdi>`, so a server string keeps its order and
 * punctuation in a sentence of the other direction ("Acme Corp" in Arabic). The label is called
 * with a placeholder and split there, so labels stay plain string functions.
 */
export const isolate = (label: (text: string) => string, text: string): ReactNode =>
  label('\0')
    .split('\0')
    .map((part, index) => (index ? [<bdi key={0}>{text}</bdi>, part] : part));
