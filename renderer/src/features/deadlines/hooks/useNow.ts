import { useEffect, useState } from 'react';

/** The time now, moving on every `everyMs` (a minute by default), for "in 3 hours" and "overdue". */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}
