import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { GuardReport } from '../../../../../shared/schemas/actions';
import { hearthQueryWhen, queryKeyOf } from '../../../api/queries';
import { useDebounced } from '../../../hooks/useDebounced';
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
 * or a guarded answer changes, so each guard explains itself before the officer presses Record. The
 * answer is a read of the case in the query cache: a confirmation recorded on the case makes it stale,
 * and it is asked again by itself.
 */
export function useGuardCheck(request: ActionRequest | null): GuardCheck {
  const client = useQueryClient();
  const key = request ? JSON.stringify(request) : '';
  const settled = useDebounced(key, 250);
  const asked = settled ? (JSON.parse(settled) as ActionRequest) : null;
  // Nothing to ask until a kind of action is chosen.
  const answer = useQuery({ ...hearthQueryWhen('action:check', asked), placeholderData: keepPreviousData });
  const accept = useCallback(
    (report: GuardReport) => {
      if (key) client.setQueryData(queryKeyOf('action:check', JSON.parse(key) as ActionRequest), report);
    },
    [client, key],
  );
  // An answer about another kind of action would mislead while the new one is asked: show none.
  const sameKind = asked !== null && request !== null && asked.details.kind === request.details.kind;
  const fresh = settled === key && !answer.isPlaceholderData && !answer.isFetching;
  return { report: sameKind ? (answer.data ?? null) : null, checking: Boolean(key) && !fresh, accept };
}
