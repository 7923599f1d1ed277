import { useEffect, useRef } from 'react';

/** Calls reload() whenever reloadKey changes after the first render (the case screen's "something changed"). */
export function useReloadKey(reloadKey: unknown, reload: () => void): void {
  const seen = useRef(reloadKey);
  useEffect(() => {
    if (Object.is(seen.current, reloadKey)) return;
    seen.current = reloadKey;
    reload();
  }, [reloadKey, reload]);
}
