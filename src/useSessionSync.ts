import { useEffect } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { createSessionChannel } from './core/broadcast';
import type { SessionClient } from './core/client';
import type { SessionKeys } from './core/queryKeys';
import type { Session } from './core/schemas/model';
import type { SessionStore } from './core/storage';
import { queryKeyEquals } from './logic/queryKeyEquals';

interface SyncParts {
  client: SessionClient;
  keys: SessionKeys;
  store: SessionStore;
  queryClient: QueryClient;
}

/**
 * Keeps everything that follows the cached session in step with it: storage, the other tabs,
 * queries scoped to the previous user or account, and refetches the server asks for with
 * `X-Session-Status`.
 */
export function useSessionSync({ client, keys, store, queryClient }: SyncParts): void {
  useEffect(() => {
    // Opened here, not at mount: StrictMode runs effects twice, and a closed channel cannot reopen.
    const channel = createSessionChannel(store.key);
    let previous = queryClient.getQueryData<Session>(keys.session);
    let applyingRemote = false;

    const stopCache = queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return;
      if (!queryKeyEquals(event.query.queryKey, keys.session)) return;
      const session = queryClient.getQueryData<Session>(keys.session);
      if (!session) return;
      const at = event.query.state.dataUpdatedAt;
      dropScopedQueries(queryClient, keys, previous, session);
      previous = session;
      if (session.status === 'unauthenticated') store.clear();
      else store.write(session, at);
      if (!applyingRemote) channel.post(session, at);
    });

    const stopChannel = channel.subscribe((session, at) => {
      const state = queryClient.getQueryState(keys.session);
      if (state && at <= state.dataUpdatedAt) return; // older than what this tab has
      void queryClient.cancelQueries({ queryKey: keys.session }).then(() => {
        applyingRemote = true;
        try {
          queryClient.setQueryData(keys.session, session, { updatedAt: at });
        } finally {
          applyingRemote = false;
        }
      });
    });

    const stopStatus = client.transport.onSessionStatus((status, { carriesSession }) => {
      if (carriesSession) return; // that answer is itself the new session
      const current = queryClient.getQueryData<Session>(keys.session);
      if (status === 'stale' || (status === 'auth' && current?.status === 'authenticated')) {
        void queryClient.invalidateQueries({ queryKey: keys.session }, { cancelRefetch: false });
      }
    });

    return () => {
      stopCache();
      stopChannel();
      stopStatus();
      channel.close();
    };
  }, [client, keys, store, queryClient]);
}

function dropScopedQueries(
  queryClient: QueryClient,
  keys: SessionKeys,
  previous: Session | undefined,
  next: Session,
): void {
  const user = previous?.user;
  if (!user) return;
  if (next.user?.id !== user.id) {
    queryClient.removeQueries({ queryKey: keys.user(user.id) });
  } else if (previous.account && next.account?.id !== previous.account.id) {
    queryClient.removeQueries({ queryKey: keys.account(user.id, previous.account.id) });
  }
}
