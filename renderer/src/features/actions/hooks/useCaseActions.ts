import { useCallback } from 'react';
import type { ChannelOutput } from '../../../../../shared/ipc/contract';
import { hearth } from '../../../api/hearth';
import { type Loaded, useResult } from '../../../hooks/useResult';

export type CaseActions = ChannelOutput<'action:list'>;

/** A case's actions (each with its events) and its recorded confirmations (P5.4). */
export function useCaseActions(caseId: number): [Loaded<CaseActions>, () => void] {
  const load = useCallback(() => hearth.action.list({ caseId }), [caseId]);
  return useResult(load);
}
