import { useCallback } from 'react';
import type { DueItemView } from '../../../../../shared/schemas/standards';
import { hearth } from '../../../api/hearth';
import { type Loaded, useResult } from '../../../hooks/useResult';

/** Every due item of one case, as the engine computes it now. */
export function useCaseDeadlines(caseId: number): [Loaded<DueItemView[]>, () => void] {
  const load = useCallback(() => hearth.deadline.forCase({ caseId }), [caseId]);
  return useResult(load);
}
