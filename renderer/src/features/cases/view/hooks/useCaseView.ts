import { useCallback, useEffect, useState } from 'react';
import type { ErrorCode } from '../../../../../../shared/result';
import type { CaseView } from '../../../../../../shared/schemas/cases';
import { hearth } from '../../../../api/hearth';

export type CaseLoad = { state: 'loading' } | { state: 'ok'; value: CaseView } | { state: 'error'; code: ErrorCode; message: string };

export interface CaseViewState {
  loaded: CaseLoad;
  /** The reason given for opening a restricted case; sent again with each reload and evidence view. */
  reason: string | undefined;
  setReason: (reason: string) => void;
  reload: () => void;
}

/**
 * One case, loaded when the screen opens and again on reload(). A restricted case answers
 * 'reason-required' until a reason is given (it is audited), so the code is kept, not just the words.
 */
export function useCaseView(id: number): CaseViewState {
  const [reason, setReason] = useState<string | undefined>(undefined);
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<CaseLoad>({ state: 'loading' });

  useEffect(() => {
    let current = true;
    void hearth.case.get({ id, reason }).then((result) => {
      if (!current) return;
      setLoaded(result.ok ? { state: 'ok', value: result.value } : { state: 'error', code: result.error.code, message: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [id, reason, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { loaded, reason, setReason, reload };
}
