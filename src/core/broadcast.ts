import * as z from 'zod/mini';
import { sessionSchema, type Session } from './schemas/model';
import { parseStored } from './storage';

/** Carries sessions between the tabs of one app. */
export interface SessionChannel {
  post(session: Session, at: number): void;
  subscribe(listener: (session: Session, at: number) => void): () => void;
  close(): void;
}

const messageSchema = z.object({
  type: z.literal('react-session-kit/session'),
  source: z.string(),
  at: z.number(),
  session: sessionSchema,
});

/**
 * A BroadcastChannel named after the storage key; where BroadcastChannel is missing, the
 * `storage` event of the stored session stands in. Messages are schema-checked: anything else on
 * the channel is ignored.
 */
export function createSessionChannel(name: string): SessionChannel {
  const source = Math.random().toString(36).slice(2);
  const listeners = new Set<(session: Session, at: number) => void>();
  const deliver = (session: Session, at: number) => {
    for (const listener of listeners) listener(session, at);
  };

  if (typeof BroadcastChannel === 'undefined') {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== name || event.newValue === null) return;
      const stored = parseStored(event.newValue);
      if (stored) deliver(stored.session, stored.savedAt);
    };
    if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
    return {
      post: () => {},
      subscribe: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
      close: () => {
        if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
      },
    };
  }

  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = messageSchema.safeParse(event.data);
    if (message.success && message.data.source !== source)
      deliver(message.data.session, message.data.at);
  };
  return {
    post: (session, at) =>
      channel.postMessage({ type: 'react-session-kit/session', source, at, session }),
    subscribe: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    close: () => channel.close(),
  };
}
