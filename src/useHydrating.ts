import { useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};
const notOnServer = () => false;
const onServer = () => true;

// React 18 warns about `useLayoutEffect` in server rendering, where effects do not run anyway.
export const useIsomorphicLayoutEffect =
  typeof window === 'undefined' ? useEffect : useLayoutEffect;

/**
 * True on the server and while React hydrates the calling component from server HTML; then false,
 * in a render its hydration commit's layout effect asks for, before the browser paints. A
 * component hydrated in a later pass than its provider (Next.js streams each route segment in a
 * Suspense boundary of its own) must still render first what the server rendered.
 */
export function useHydrating(): boolean {
  const hydrating = useSyncExternalStore(subscribeToNothing, notOnServer, onServer);
  const [, setHydrated] = useState(false);
  useIsomorphicLayoutEffect(() => {
    if (hydrating) setHydrated(true);
  }, [hydrating]);
  return hydrating;
}
