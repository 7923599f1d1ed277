import { useCallback } from 'react';
import type { Profile } from '../../../../../shared/standards/profile';
import { hearth } from '../../../api/hearth';
import { type Loaded, useResult } from '../../../hooks/useResult';

/** One version of a profile (the latest when `version` is null). */
export function useProfile(id: string, version: number | null): [Loaded<Profile>, () => void] {
  const load = useCallback(() => hearth.profiles.get(version === null ? { id } : { id, version }), [id, version]);
  return useResult(load);
}
