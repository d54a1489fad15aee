import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { visibleAlerts } from './core/alerts';
import type { Session } from './core/schemas/session';
import type { SessionAlert } from './core/schemas/entities';
import { useSessionContext } from './SessionContext';
import { useHydrating } from './useHydrating';
import { useSession } from './useSession';

const dismissedSchema = z.array(z.string());
const noAlerts: SessionAlert[] = [];

function readDismissed(raw: string | null): string[] {
  try {
    const parsed = dismissedSchema.safeParse(JSON.parse(raw ?? '[]'));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/**
 * The alerts the user should see: those whose `access` requirement the session grants, most
 * urgent first (priority 1), then newest. `dismiss(id)` hides one for this user, across reloads.
 *
 * @example
 * const { alerts, dismiss } = useAlerts()
 */
export function useAlerts(): { alerts: SessionAlert[]; dismiss: (id: string) => void } {
  const { keys, store, queryClient, restored } = useSessionContext('useAlerts');
  const userId = useSession((session) => session.user?.id) ?? '';
  const storageName = `dismissed-alerts:${userId}`;
  // Hydrating server HTML, storage is not read yet: the server showed every alert.
  const { data: dismissed = [] } = useQuery(
    {
      queryKey: keys.dismissedAlerts(userId),
      queryFn: () => readDismissed(store.readItem(storageName)),
      initialData: restored ? () => readDismissed(store.readItem(storageName)) : undefined,
      staleTime: Infinity,
      enabled: userId !== '' && restored,
    },
    queryClient,
  );
  // Hydrated after the provider (a Suspense boundary of its own), it still shows what the server did.
  const shownDismissed = useHydrating() ? undefined : dismissed;
  const select = useCallback(
    (session: Session) => visibleAlerts(session.alerts, session.access, new Set(shownDismissed)),
    [shownDismissed],
  );
  const alerts = useSession(select) ?? noAlerts;
  const dismiss = useCallback(
    (id: string) => {
      const next = [...new Set([...dismissed, id])];
      store.writeItem(storageName, JSON.stringify(next));
      queryClient.setQueryData(keys.dismissedAlerts(userId), next);
    },
    [dismissed, keys, queryClient, store, storageName, userId],
  );
  return { alerts, dismiss };
}
