import { londonParts } from '../../shared/time/london';
import type { WritableDB } from '../db/connection';
import { takeCaseNumber } from './store';

/**
 * Case references run per partner and year, e.g. C33-2026-0042 (DESIGN §3). The year is the London
 * calendar year the report was received in; the counter row is updated inside the caller's transaction,
 * so two intakes can never take the same number.
 */
export function nextCaseRef(db: WritableDB, partner: string, receivedAt: string): string {
  const year = londonParts(new Date(receivedAt)).year;
  return `${partner}-${year}-${String(takeCaseNumber(db, partner, year)).padStart(4, '0')}`;
}
