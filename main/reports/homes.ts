import { AppError } from '../../shared/result';
import { longDate } from '../../shared/reports/period';
import type { ReadableDB, WritableDB } from '../db/connection';
import { homesReader, partnerExists, upsertHomes } from './store';

/**
 * The homes count NM01 divides by (migration 0005). A period uses the latest dated figure on or before
 * its last day; without one, the partner's current homes on record.
 */
export function homesInForce(db: ReadableDB, partners: readonly string[], onDate: string): Map<string, { homes: number; source: string }> {
  const read = homesReader(db);
  const out = new Map<string, { homes: number; source: string }>();
  for (const code of partners) {
    const d = read.dated(code, onDate);
    if (d) out.set(code, { homes: d.homes, source: `from ${longDate(d.fromDate)}` });
    else out.set(code, { homes: read.current(code) ?? 0, source: 'partner record' });
  }
  return out;
}

/** Records the homes figure in force from a date (replacing one recorded for the same date). */
export function setHomes(db: WritableDB, p: { partner: string; from: string; homes: number }, by: number, at: string): void {
  if (!partnerExists(db, p.partner)) throw new AppError('not-found', `There is no partner with the code ${p.partner}.`);
  upsertHomes(db, p, by, at);
}
