import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../../shared/result';

export type Loaded<T> = { state: 'loading' } | { state: 'ok'; value: T } | { state: 'error'; message: string };

/**
 * Loads one Result when the component appears, and again on reload(). `load` must be stable (declare it
 * at module level or with useCallback), or it would load on every render. While reloading, the last
 * value stays on screen rather than flashing back to "Loading".
 */
export function useResult<T>(load: () => Promise<Result<T>>): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    void load().then((result) => {
      if (!current) return;
      setLoaded(result.ok ? { state: 'ok', value: result.value } : { state: 'error', message: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [load, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return [loaded, reload];
}
