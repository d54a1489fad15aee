import type { ReactNode } from 'react';
import { act } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { afterEach, vi } from 'vitest';

let root: Root | null = null;

/** Unmounts the page `hydrate` made. */
export const unmountHydrated = () => act(() => root?.unmount());

/** Unmounts the page `hydrate` made after each test (call once per file). */
export function unmountHydratedAfterEach(): void {
  afterEach(unmountHydrated);
}

/**
 * Puts server-rendered `html` in the document and hydrates it with `ui`, as a browser would.
 * Returns the spy given to `onRecoverableError` (a hydration mismatch lands there).
 */
export async function hydrate(html: string, ui: ReactNode) {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const recoverable = vi.fn();
  await act(async () => {
    root = hydrateRoot(container, ui, { onRecoverableError: recoverable });
  });
  return { container, recoverable };
}
