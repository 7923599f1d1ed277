import { londonParts } from '../../shared/time/london';
import type { DB } from '../db/connection';

/**
 * Case references run per partner and year, e.g. C33-2026-0042 (DESIGN §3). The year is the London
 * calendar year the report was received in; the counter row is updated inside the caller's transaction,
 * so two intakes can never take the same number.
 */
export function nextCaseRef(db: DB, partner: string, receivedAt: string): string {
  const year = londonParts(new Date(receivedAt)).year;
  const row = db
    .prepare(
      `INSERT INTO case_counters (partner, year, last) VALUES (?, ?, 1)
       ON CONFLICT (partner, year) DO UPDATE SET last = last + 1 RETURNING last`,
    )
    .get(partner, year) as { last: number };
  return `${partner}-${year}-${String(row.last).padStart(4, '0')}`;
}
