import { useMemo } from 'react';
import type { PartnerView } from '../../../shared/schemas/cases';
import { hearth } from '../api/hearth';
import { type Loaded, useResult } from './useResult';
import { useSession } from './useSession';

const listPartners = () => hearth.partners.list({});

/**
 * The active partners this person works for (P1.1), for choosing a report's partner or filtering lists:
 * offering others would only lead to "You do not work for partner X" from the server.
 */
export function useMyPartners(): Loaded<PartnerView[]> {
  const { session } = useSession();
  const [loaded] = useResult(listPartners);
  return useMemo(() => {
    if (loaded.state !== 'ok') return loaded;
    const mine = new Set(session.partners);
    return { state: 'ok', value: loaded.value.filter((p) => p.active && mine.has(p.code)) };
  }, [loaded, session.partners]);
}
