import { useEffect, useRef, type ReactNode } from 'react';
import { useSession } from 'react-session-kit';

/** Refreshes the session once, as the provider's timer would. */
export function RefreshOnce({ children }: { children: ReactNode }) {
  const { refresh } = useSession();
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    void refresh();
  });
  return children;
}
