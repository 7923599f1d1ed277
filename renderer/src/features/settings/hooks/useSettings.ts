import type { Settings } from '../../../../../shared/schemas/admin';
import { hearth } from '../../../api/hearth';
import { type Loaded, useResult } from '../../../hooks/useResult';

const readSettings = () => hearth.settings.get({});

export function useSettings(): [Loaded<Settings>, () => void] {
  return useResult(readSettings);
}
