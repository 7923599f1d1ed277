import type { ReadableDB, WritableDB } from '../db/connection';

/**
 * The reports feature's SQL: the partners a report covers, the homes figures NM01 divides by (migration
 * 0005), the cases behind a figure, and (db/queries/reports/facts.ts, re-exported here) the queries that
 * count a period's facts.
 */
export * from '../db/queries/reports/facts';

/** The partners among `codes` that exist, by code. */
export function partnersByCode(db: ReadableDB, codes: readonly string[]): { code: string; name: string }[] {
  return db.prepare('SELECT code, name FROM partners WHERE code IN (SELECT value FROM json_each(?)) ORDER BY code').all(JSON.stringify(codes)) as { code: string; name: string }[];
}

/** Reads a partner's homes figure in force on a date: the latest dated one, else the partner record's. */
export interface HomesReader {
  dated(partner: string, onDate: string): { homes: number; fromDate: string } | undefined;
  current(partner: string): number | undefined;
}

export function homesReader(db: ReadableDB): HomesReader {
  const dated = db.prepare('SELECT homes, from_date AS fromDate FROM partner_homes WHERE partner = ? AND from_date <= ? ORDER BY from_date DESC LIMIT 1');
  const current = db.prepare('SELECT homes FROM partners WHERE code = ?');
  return {
    dated: (partner, onDate) => dated.get(partner, onDate) as { homes: number; fromDate: string } | undefined,
    current: (partner) => (current.get(partner) as { homes: number } | undefined)?.homes,
  };
}

export function partnerExists(db: ReadableDB, code: string): boolean {
  return db.prepare('SELECT 1 FROM partners WHERE code = ?').get(code) !== undefined;
}

/** Records the homes figure in force from a date (replacing one recorded for the same date). */
export function upsertHomes(db: WritableDB, p: { partner: string; from: string; homes: number }, by: number, at: string): void {
  db.prepare(
    `INSERT INTO partner_homes (partner, from_date, homes, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (partner, from_date) DO UPDATE SET homes = excluded.homes, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at`,
  ).run(p.partner, p.from, p.homes, by, at);
}

export interface DrillRow {
  id: number;
  ref: string;
  partner: string;
  category: string;
  status: string;
  receivedAt: string;
  restricted: number;
  legalReferred: number;
}

/** The cases with these ids, newest received first. */
export function casesByIds(db: ReadableDB, ids: readonly number[]): DrillRow[] {
  return db
    .prepare(
      `SELECT id, ref, partner, category, status, received_at AS receivedAt, restricted, legal_referred AS legalReferred
       FROM cases WHERE id IN (SELECT value FROM json_each(?)) ORDER BY received_at DESC, id DESC`,
    )
    .all(JSON.stringify(ids)) as DrillRow[];
}
