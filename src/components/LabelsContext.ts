import { createContext, useContext, useMemo } from 'react';
import type { Labels } from './labels';

/** The labels set on `<SessionProvider labels>`; `null` when none were set. */
export const LabelsContext = createContext<Partial<Labels> | null>(null);

/**
 * The labels of one component: its own `labels` prop over the provider's over `defaults`, the
 * component's group of English defaults (see labels.ts).
 */
export function useLabels<T extends Partial<Labels>>(
  defaults: T,
  overrides: Partial<Labels> | undefined,
): T & Partial<Labels> {
  const fromProvider = useContext(LabelsContext);
  return useMemo(
    () => ({ ...defaults, ...fromProvider, ...overrides }),
    [defaults, fromProvider, overrides],
  );
}
