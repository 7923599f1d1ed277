import { useCallback, useState } from 'react';
import type { DrilldownView, ReportFilters } from '../../../../../shared/schemas/reports';
import { hearth } from '../../../api/hearth';

export interface DrillTarget {
  key: string;
  /** What the figure is, in words: "Anti-social behaviour: cases". */
  label: string;
}

export type DrillState = { state: 'closed' } | { state: 'loading'; target: DrillTarget } | { state: 'ok'; target: DrillTarget; view: DrilldownView } | { state: 'error'; target: DrillTarget; message: string };

/** The cases behind one figure, fetched when asked for (the request is audited). */
export function useDrilldown(filters: ReportFilters | null): [DrillState, (t: DrillTarget) => void, () => void] {
  const [state, setState] = useState<DrillState>({ state: 'closed' });
  const open = useCallback(
    (target: DrillTarget) => {
      if (!filters) return;
      setState({ state: 'loading', target });
      void hearth.report.drilldown({ filters, key: target.key }).then((r) => setState(r.ok ? { state: 'ok', target, view: r.value } : { state: 'error', target, message: r.error.message }));
    },
    [filters],
  );
  const close = useCallback(() => setState({ state: 'closed' }), []);
  return [state, open, close];
}
