import { useEffect, useState } from 'react';

/**
 * Re-renders whenever `subscribe` reports a change, and every `tickMs` while
 * `ticking` (a countdown on screen).
 */
export function useLive(subscribe: (fn: () => void) => void, ticking: boolean, tickMs = 250): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    subscribe(() => setVersion((v) => v + 1));
  }, [subscribe]);
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setVersion((v) => v + 1), tickMs);
    return () => clearInterval(timer);
  }, [ticking, tickMs]);
  return version;
}
