import { useCallback } from 'react';
import type { ChannelInput } from '../../../../../shared/ipc/contract';
import type { RegisterRow } from '../../../../../shared/schemas/actions';
import { hearth } from '../../../api/hearth';
import { type Loaded, useResult } from '../../../hooks/useResult';

export type RegisterQuery = ChannelInput<'legal:register'>;

/** Every court action across the cases the person may see, read again when the filters change. */
export function useRegister(query: RegisterQuery): [Loaded<RegisterRow[]>, () => void] {
  const { partner = null, kind = null, status = 'current' } = query;
  const load = useCallback(() => hearth.legal.register({ partner, kind, status }), [partner, kind, status]);
  return useResult(load);
}
