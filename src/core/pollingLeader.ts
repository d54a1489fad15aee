/** Whether this tab is the one that polls the session, and a way to follow it. */
export interface PollingLeader {
  isLeader(): boolean;
  subscribe(listener: () => void): () => void;
  /** Joins the election; returns the function that leaves it. */
  start(): () => void;
}

/**
 * Elects one polling tab per browser. Every tab would otherwise run its own refresh timer, and
 * since each restarts when a session arrives over the channel, they fire together: one request
 * per tab. A Web Lock elects one poller. The tab the user looks at takes the lock over when it
 * becomes visible, so a hidden poller (hidden tabs do not poll) never holds the refresh back; the
 * others queue up to take over when it closes. Without Web Locks every tab polls.
 */
export function createPollingLeader(lockName: string): PollingLeader {
  const listeners = new Set<() => void>();
  let leader = !hasLocks();
  const setLeader = (next: boolean) => {
    if (next === leader) return;
    leader = next;
    for (const listener of listeners) listener();
  };

  function start(): () => void {
    if (!hasLocks()) return () => {};
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
      setLeader(false);
    };
  }

  return {
    isLeader: () => leader,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    start,
  };
}

function hasLocks(): boolean {
  return (
    typeof document !== 'undefined' && typeof navigator !== 'undefined' && 'locks' in navigator
  );
}
