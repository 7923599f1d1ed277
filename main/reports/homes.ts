import { AppError } from '../../shared/result';
import { longDate } from '../../shared/reports/period';
import type { DB } from '../db/connection';

/**
 * The homes count NM01 divides by (migration 0005). A period uses the latest dated figure on or before
 * its last day; without one, the partner's current homes on record.
 */
export function homesInForce(db: DB, partners: readonly string[], onDate: string): Map<string, { homes: number; source: string }> {
  const dated = db.prepare('SELECT homes, from_date AS fromDate FROM partner_homes WHERE partner = ? AND from_date <= ? ORDER BY from_date DESC LIMIT 1');
  const current = db.prepare('SELECT homes FROM partners WHERE code = ?');
  const out = new Map<string, { homes: number; source: string }>();
  for (const code of partners) {
    const d = dated.get(code, onDate) as { homes: number; fromDate: string } | undefined;
    if (d) out.set(code, { homes: d.homes, source: `from ${longDate(d.fromDate)}` });
    else out.set(code, { homes: (current.get(code) as { homes: number } | undefined)?.homes ?? 0, source: 'partner record' });
  }
  return out;
}

/** Records the homes figure in force from a date (replacing one recorded for the same date). */
export function setHomes(db: DB, p: { partner: string; from: string; homes: number }, by: number, at: string): void {
  if (!db.prepare('SELECT 1 FROM partners WHERE code = ?').get(p.partner)) throw new AppError('not-found', `There is no partner with the code ${p.partner}.`);
  db.prepare(
    `INSERT INTO partner_homes (partner, from_date, homes, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (partner, from_date) DO UPDATE SET homes = excluded.homes, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at`,
  ).run(p.partner, p.from, p.homes, by, at);
}
