import { useEffect, useState } from 'react';

/** Seconds since `since` (ms), ticking once a second; `now` is injectable for tests. */
export function useElapsed(since: number, now: () => number, tick = true): number {
  const [value, setValue] = useState(() => Math.floor((now() - since) / 1000));
  useEffect(() => {
    setValue(Math.floor((now() - since) / 1000));
    if (!tick) return;
    const timer = setInterval(() => setValue(Math.floor((now() - since) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [since, tick]);
  return value;
}
