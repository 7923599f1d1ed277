import { useCallback } from 'react';
import type { ClosureView } from '../../../../../shared/schemas/actions';
import { hearth } from '../../../api/hearth';
import { type Loaded, useResult } from '../../../hooks/useResult';

/** Where the case stands on closing (P6.2): the proposal, its steps, what is missing, appeals and surveys. */
export function useClosure(caseId: number): [Loaded<ClosureView>, () => void] {
  const load = useCallback(() => hearth.closure.get({ caseId }), [caseId]);
  return useResult(load);
}
