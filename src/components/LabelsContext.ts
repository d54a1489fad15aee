import { createContext, useContext, useMemo } from 'react';
import { defaultLabels, type Labels } from './labels';

/** The labels set on `<SessionProvider labels>`; `null` when none were set. */
export const LabelsContext = createContext<Partial<Labels> | null>(null);

/** The labels for one component: its own `labels` prop over the provider's over the defaults. */
export function useLabels(overrides: Partial<Labels> | undefined): Labels {
  const fromProvider = useContext(LabelsContext);
  return useMemo(
    () => ({ ...defaultLabels, ...fromProvider, ...overrides }),
    [fromProvider, overrides],
  );
}
