import { useCallback } from 'react';
import type { DashboardView } from '../../../../../shared/schemas/standards';
import { hearth } from '../../../api/hearth';
import { type Loaded, useResult } from '../../../hooks/useResult';

export type Scope = 'mine' | 'team' | 'partner';

/**
 * The dashboard for a scope. Loaded when the page opens, when the scope changes and after an action
 * here; never on a timer, because every load is audited (the page moves lines to "Overdue" by itself).
 */
export function useDashboard(scope: Scope, partner: string | null): [Loaded<DashboardView>, () => void] {
  const load = useCallback(() => hearth.deadline.dashboard({ scope, partner: scope === 'partner' ? partner : null }), [scope, partner]);
  return useResult(load);
}
