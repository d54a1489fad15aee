import { createContext, useContext } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { SessionClient } from './core/client';
import type { SessionKeys } from './core/queryKeys';
import type { Session } from './core/schemas/session';
import type { SessionQueryOptions } from './core/sessionEngine';
import type { SessionStore } from './core/storage';

export interface SessionContextValue {
  client: SessionClient;
  keys: SessionKeys;
  store: SessionStore;
  queryClient: QueryClient;
  sessionQuery: SessionQueryOptions;
  /** Puts a session answer in place: an older refresh still in flight can no longer overwrite it. */
  setSession(session: Session): Promise<void>;
  /** False while hydrating server HTML, until the stored session is in place. */
  restored: boolean;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSessionContext(hookName: string): SessionContextValue {
  const context = useContext(SessionContext);
  if (!context) throw new Error(`${hookName} must be used within <SessionProvider>`);
  return context;
}
