import { useCallback, useRef, useState } from 'react';
import type { Result } from '../../../shared/result';

export interface Submit {
  /** True while the request runs: the form shows a busy button and ignores further submits. */
  busy: boolean;
  /** The message of the last failed Result, shown verbatim (main writes them for people). */
  error: string | null;
  setError: (message: string | null) => void;
  run: <T>(call: () => Promise<Result<T>>, onOk: (value: T) => void) => Promise<void>;
}

/** One request at a time from a form, with its busy state and its error message. */
export function useSubmit(): Submit {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const running = useRef(false);

  const run = useCallback(async <T,>(call: () => Promise<Result<T>>, onOk: (value: T) => void) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setError(null);
    const result = await call();
    running.current = false;
    setBusy(false);
    if (result.ok) onOk(result.value);
    else setError(result.error.message);
  }, []);

  return { busy, error, setError, run };
}
