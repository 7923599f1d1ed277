import { useEffect, useState } from 'react';
import type { ReportFilters, ReportView } from '../../../../../shared/schemas/reports';
import type { Result } from '../../../../../shared/result';
import { hearth } from '../../../api/hearth';

export interface ReportState {
  state: 'idle' | 'loading' | 'ok' | 'error';
  /** The report on screen: the one asked for, or while it loads (or fails) the last one that loaded. */
  view: ReportView | null;
  message: string | null;
  /** Every partner the person works for, from the last report made without a partner filter. */
  partners: { code: string; name: string }[];
}

interface Loaded {
  key: string;
  result: Result<ReportView>;
  lastOk: ReportView | null;
  partners: { code: string; name: string }[];
}

/**
 * Loads the report whenever the filters change (compared by value), and again when `version` moves on.
 * What is loading is worked out from which request the last answer was for, so nothing is set while
 * rendering or synchronously in the effect.
 */
export function useReport(filters: ReportFilters | null, version = 0): ReportState {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const wanted = filters ? JSON.stringify(filters) : null;
  const key = `${wanted}#${version}`;
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    void hearth.report.get({ filters: JSON.parse(wanted) as ReportFilters, compare: true }).then((result) => {
      if (!current) return;
      setLoaded((prev) => ({
        key,
        result,
        lastOk: result.ok ? result.value : (prev?.lastOk ?? null),
        partners: result.ok && result.value.allPartners ? result.value.partners : (prev?.partners ?? []),
      }));
    });
    return () => {
      current = false;
    };
  }, [wanted, key]);
  const partners = loaded?.partners ?? [];
  if (!wanted) return { state: 'idle', view: loaded?.lastOk ?? null, message: null, partners };
  if (!loaded || loaded.key !== key) return { state: 'loading', view: loaded?.lastOk ?? null, message: null, partners };
  if (!loaded.result.ok) return { state: 'error', view: loaded.lastOk, message: loaded.result.error.message, partners };
  return { state: 'ok', view: loaded.result.value, message: null, partners };
}
