import { useCallback, useEffect, useState } from 'react';
import type { GuardReport } from '../../../../../shared/schemas/actions';
import { hearth } from '../../../api/hearth';
import type { ActionRequest } from '../form/draft';

export interface GuardCheck {
  /** The latest answer for the action as it now stands (or the one before, while a new one is asked). */
  report: GuardReport | null;
  checking: boolean;
  /** Keep the answer main gave when the officer pressed Record (the authority). */
  accept: (report: GuardReport) => void;
}

/**
 * Asks main's action:check (the same guards it enforces on create) a moment after the action, the person
 * or a guarded answer changes, so each guard explains itself before the officer presses Record.
 * refreshKey: change it when something on the case changed the answer (a confirmation recorded).
 */
export function useGuardCheck(request: ActionRequest | null, refreshKey: unknown): GuardCheck {
  const key = request ? JSON.stringify(request) : '';
  const [answer, setAnswer] = useState<{ key: string; refreshKey: unknown; report: GuardReport } | null>(null);

  useEffect(() => {
    if (!key) return;
    let current = true;
    const timer = window.setTimeout(() => {
      void hearth.action.check(JSON.parse(key) as ActionRequest).then((result) => {
        if (current && result.ok) setAnswer({ key, refreshKey, report: result.value });
      });
    }, 250);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [key, refreshKey]);

  const accept = useCallback((report: GuardReport) => setAnswer({ key, refreshKey, report }), [key, refreshKey]);
  const fresh = answer !== null && answer.key === key && Object.is(answer.refreshKey, refreshKey);
  // An answer about another kind of action would mislead while the new one is asked: show none.
  const sameKind = answer !== null && request !== null && (JSON.parse(answer.key) as ActionRequest).details.kind === request.details.kind;
  return { report: sameKind ? answer.report : null, checking: Boolean(key) && !fresh, accept };
}
