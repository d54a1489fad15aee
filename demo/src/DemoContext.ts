import { createContext, useContext } from 'react';
import type { MockBackend } from 'react-session-kit/mock';

export interface DemoSettings {
  /** The in-page mock backend, or `null` when the demo talks to a real API. */
  backend: MockBackend | null;
  apiUrl: string;
}

export const DemoContext = createContext<DemoSettings | null>(null);

export function useDemo(): DemoSettings {
  const value = useContext(DemoContext);
  if (value === null) throw new Error('useDemo must be used within <DemoContext>');
  return value;
}
