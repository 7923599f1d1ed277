import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorCode } from '../../../../../../shared/result';
import type { CaseView } from '../../../../../../shared/schemas/cases';
import { hearth } from '../../../../api/hearth';

export type CaseLoad = { state: 'loading' } | { state: 'ok'; value: CaseView } | { state: 'error'; code: ErrorCode; message: string };

export interface CaseViewState {
  loaded: CaseLoad;
  /** The reason last given for opening a restricted case (the dialog shows main's answer to it). */
  reason: string | undefined;
  setReason: (reason: string) => void;
  reload: () => void;
}

/**
 * One case, loaded when the screen opens and again on reload(). A restricted case answers
 * 'reason-required' until a reason is given (it is audited), so the code is kept, not just the words.
 * The reason is sent once: it opens the case to this session for the workspace's set time, and reloads
 * within that time need none. When the time is up, the next load asks again.
 */
export function useCaseView(id: number): CaseViewState {
  const [reason, setReasonState] = useState<string | undefined>(undefined);
  const unsent = useRef<string | undefined>(undefined);
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<CaseLoad>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    const given = unsent.current;
    void hearth.case.get({ id, reason: given }).then((result) => {
      if (result.ok && unsent.current === given) unsent.current = undefined;
      if (!current) return;
      setLoaded(result.ok ? { state: 'ok', value: result.value } : { state: 'error', code: result.error.code, message: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [id, version]);

  const setReason = useCallback((given: string) => {
    unsent.current = given;
    setReasonState(given);
    setVersion((v) => v + 1);
  }, []);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { loaded, reason, setReason, reload };
}
