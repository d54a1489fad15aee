import { useEffect, useState } from 'react';

/** The current time (ms), refreshed every `everyMs`; `fixed` pins it (stories, tests). */
export function useNow(fixed: number | undefined, everyMs = 30_000): number {
  const [now, setNow] = useState(() => fixed ?? Date.now());
  useEffect(() => {
    if (fixed !== undefined) return undefined;
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [fixed, everyMs]);
  return fixed ?? now;
}
