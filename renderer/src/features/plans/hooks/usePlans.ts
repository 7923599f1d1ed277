import { useCallback } from 'react';
import type { CasePlans } from '../../../../../shared/schemas/standards';
import { hearth } from '../../../api/hearth';
import { type Loaded, useResult } from '../../../hooks/useResult';

/** A case's action plan versions (newest first) and its plan reviews. */
export function usePlans(caseId: number): [Loaded<CasePlans>, () => void] {
  const load = useCallback(() => hearth.plan.get({ caseId }), [caseId]);
  return useResult(load);
}
