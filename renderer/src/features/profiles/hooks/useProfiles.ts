import type { z } from 'zod';
import type { ProfileSummary } from '../../../../../shared/schemas/standards';
import { hearth } from '../../../api/hearth';
import { type Loaded, useResult } from '../../../hooks/useResult';

const listProfiles = () => hearth.profiles.list({});

/** Every service-standard profile with its versions. */
export function useProfiles(): [Loaded<z.infer<typeof ProfileSummary>[]>, () => void] {
  return useResult(listProfiles);
}
