import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { hearthQuery } from '../../../../api/queries';

/**
 * One case, through the query cache: read when the screen opens and again whenever a change on the case
 * invalidates it. A restricted case answers 'reason-required' until a reason is given (it is audited),
 * so the error's code is kept as well as its words; the reason is part of the query's key.
 */
export function useCaseView(id: number) {
  const [reason, setReason] = useState<string | undefined>(undefined);
  const query = useQuery(hearthQuery('case:get', { id, reason }));
  return { query, reason, setReason };
}
