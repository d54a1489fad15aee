import * as z from 'zod/mini';
import { sessionSchema, type Session } from './schemas/session';
import { clockSkew, parseStored, type SessionStore } from './storage';

/** Carries sessions between the tabs of one app and one API. */
export interface SessionChannel {
  post(session: Session, at: number): void;
  subscribe(listener: (session: Session, at: number) => void): () => void;
  close(): void;
}

const messageSchema = z.object({
  type: z.literal('react-session-kit/session'),
  source: z.string(),
  api: z.string(),
  at: z.number(),
  session: sessionSchema,
});

/**
 * A BroadcastChannel named after the store's namespace (storage key and API); where
 * BroadcastChannel is missing, the `storage` event of the stored session stands in. A message is
 * data, not trust: it is schema-checked, and one of another API or dated in the future (beyond a
 * small clock skew, which would make it outrank every later real one) is ignored.
 */
export function createSessionChannel(
  store: Pick<SessionStore, 'namespace' | 'key'>,
  api: string,
): SessionChannel {
  const source = Math.random().toString(36).slice(2);
  const listeners = new Set<(session: Session, at: number) => void>();
  const deliver = (session: Session, at: number) => {
    if (at > Date.now() + clockSkew) return;
    for (const listener of listeners) listener(session, at);
  };
  const subscribe = (listener: (session: Session, at: number) => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };

  if (typeof BroadcastChannel === 'undefined') {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== store.key || event.newValue === null) return;
      const stored = parseStored(event.newValue, api);
      if (stored) deliver(stored.session, stored.savedAt);
    };
    if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
    return {
      post: () => {},
      subscribe,
      close: () => {
        if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
      },
    };
  }

  const channel = new BroadcastChannel(store.namespace);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = messageSchema.safeParse(event.data);
    if (message.success && message.data.source !== source && message.data.api === api)
      deliver(message.data.session, message.data.at);
  };
  return {
    post: (session, at) =>
      channel.postMessage({ type: 'react-session-kit/session', source, api, at, session }),
    subscribe,
    close: () => channel.close(),
  };
}
