import { useRef, useState } from 'react';

/**
 * One submit at a time, for every form of the kit: `guard(task)` runs `task` unless one is still
 * running, and `pending` is true meanwhile. `disabled` alone cannot stop a second submit that
 * arrives before React re-renders: the ref covers those, and `pending` (of the last render) the
 * submits after the task settled but before its outcome is rendered.
 */
export function useSubmitGuard(): [
  pending: boolean,
  guard: (task: () => Promise<unknown>) => void,
] {
  const inFlight = useRef(false);
  const [pending, setPending] = useState(false);
  const guard = (task: () => Promise<unknown>) => {
    if (inFlight.current || pending) return;
    inFlight.current = true;
    setPending(true);
    void task().finally(() => {
      inFlight.current = false;
      setPending(false);
    });
  };
  return [pending, guard];
}
