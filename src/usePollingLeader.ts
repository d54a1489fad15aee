import { useEffect, useState } from 'react';

/**
 * Whether this tab is the one that polls the session. Every tab would otherwise run its own
 * refresh timer, and since each restarts when a session arrives over the channel, they fire
 * together: one request per tab. A Web Lock elects one poller per browser. The tab the user looks
 * at takes the lock over when it becomes visible, so a hidden poller (TanStack Query does not poll
 * hidden tabs) never holds the refresh back; the others queue up to take over when it closes.
 * Without Web Locks every tab polls.
 */
export function usePollingLeader(lockName: string): boolean {
  const [leader, setLeader] = useState(() => !hasLocks());

  useEffect(() => {
    if (!hasLocks()) return;
    const locks = navigator.locks;
    let closed = false;
    let holding = false;
    let release: () => void = () => {};
    let queued: AbortController | null = null;

    const hold = () => {
      if (closed) return undefined;
      holding = true;
      setLeader(true);
      return new Promise<void>((resolve) => (release = resolve));
    };
    // The lock was taken over by another tab: queue up again.
    const lost = () => {
      holding = false;
      setLeader(false);
      if (!closed) queue();
    };
    function queue() {
      const controller = new AbortController();
      queued = controller;
      locks.request(lockName, { signal: controller.signal }, hold).catch(() => {
        if (!controller.signal.aborted) lost();
      });
    }
    function takeOver() {
      if (holding) return;
      queued?.abort();
      queued = null;
      locks.request(lockName, { steal: true }, hold).catch(lost);
    }

    const onVisibilityChange = () => {
      if (document.visibilityState === 'visible') takeOver();
    };
    if (document.visibilityState === 'visible') takeOver();
    else queue();
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      closed = true;
      document.removeEventListener('visibilitychange', onVisibilityChange);
      queued?.abort();
      release();
    };
  }, [lockName]);

  return leader;
}

function hasLocks(): boolean {
  return (
    typeof document !== 'undefined' && typeof navigator !== 'undefined' && 'locks' in navigator
  );
}
