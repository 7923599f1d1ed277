import { useEffect, useState } from 'react';
import type { CaseListPage } from '../../../../../../shared/schemas/cases';
import type { z } from 'zod';
import { hearth } from '../../../../api/hearth';
import type { Loaded } from '../../../../hooks/useResult';
import { PAGE_SIZE, type ListFilters } from '../query';

type Page = z.output<typeof CaseListPage>;

/**
 * One page of cases for the filters. The previous page stays on screen while the next loads (no flash
 * of "Loading" on every key), and an answer that arrives after a newer question is ignored.
 */
export function useCaseList(filters: ListFilters): { loaded: Loaded<Page>; busy: boolean } {
  const [answer, setAnswer] = useState<{ key: string; loaded: Loaded<Page> }>({ key: '', loaded: { state: 'loading' } });
  const key = JSON.stringify(filters);

  useEffect(() => {
    let current = true;
    void hearth.case.list({ ...(JSON.parse(key) as ListFilters), pageSize: PAGE_SIZE }).then((result) => {
      if (!current) return;
      setAnswer({ key, loaded: result.ok ? { state: 'ok', value: result.value } : { state: 'error', message: result.error.message } });
    });
    return () => {
      current = false;
    };
  }, [key]);

  return { loaded: answer.loaded, busy: answer.key !== key };
}
