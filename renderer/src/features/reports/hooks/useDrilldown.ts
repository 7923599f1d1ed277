import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { ReportFilters } from '../../../../../shared/schemas/reports';
import { hearthQueryWhen } from '../../../api/queries';

export interface DrillTarget {
  key: string;
  /** What the figure is, in words: "Anti-social behaviour: cases". */
  label: string;
}

/** The cases behind one figure, read when asked for (the request is audited). */
export function useDrilldown(filters: ReportFilters | null) {
  const [target, setTarget] = useState<DrillTarget | null>(null);
  const cases = useQuery(hearthQueryWhen('report:drilldown', filters && target && { filters, key: target.key }));
  const open = useCallback((t: DrillTarget) => setTarget(t), []);
  const close = useCallback(() => setTarget(null), []);
  return { target, cases, open, close };
}
