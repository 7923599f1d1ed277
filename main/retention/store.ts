import { ACTION_KINDS } from '../../shared/domain/action-kinds';
import { postcodeDistrict } from '../../shared/reports/definitions';
import type { ReadableDB, WritableDB } from '../db/connection';
import { ANONYMISED, type Blank, type CaseTable } from './tables';

/** The retention feature's SQL: the cases a review weighs, holds, keeps, tombstones, and the disposal itself. */

/** Orders that keep a case open to a breach while they run (ABCs count: P5.6). */
export const ORDER_KINDS: readonly string[] = [...ACTION_KINDS.filter((k) => k.legal).map((k) => k.code), 'abc'];

export interface CaseRetentionRow {
  id: number;
  ref: string;
  partner: string;
  category: string;
  status: string;
  receivedAt: string;
  closedAt: string | null;
  screenedOut: string | null;
  legalReferred: number;
  restricted: number;
}

const CASE_COLUMNS = `c.id, c.ref, c.partner, c.category, c.status, c.received_at AS receivedAt, c.closed_at AS closedAt, c.screened_out AS screenedOut, c.legal_referred AS legalReferred, c.restricted`;

/** Closed (or screened-out) cases of these partners not yet disposed of. */
export function closedCases(db: ReadableDB, partners: readonly string[]): CaseRetentionRow[] {
  return db
    .prepare(
      `SELECT ${CASE_COLUMNS} FROM cases c
       WHERE c.partner IN (SELECT value FROM json_each(?)) AND (c.status = 'closed' OR c.screened_out IS NOT NULL)
         AND NOT EXISTS (SELECT 1 FROM disposals d WHERE d.case_id = c.id)
       ORDER BY c.closed_at, c.id`,
    )
    .all(JSON.stringify(partners)) as CaseRetentionRow[];
}

export function caseRetentionRow(db: ReadableDB, caseId: number): CaseRetentionRow | undefined {
  return db.prepare(`SELECT ${CASE_COLUMNS} FROM cases c WHERE c.id = ?`).get(caseId) as CaseRetentionRow | undefined;
}

export interface OrderRow {
  kind: string;
  status: string;
  expiresOn: string | null;
  updatedAt: string;
}

export function caseOrders(db: ReadableDB, caseId: number): OrderRow[] {
  return db
    .prepare(`SELECT kind, status, expires_on AS expiresOn, updated_at AS updatedAt FROM case_actions WHERE case_id = ? AND kind IN (SELECT value FROM json_each(?))`)
    .all(caseId, JSON.stringify(ORDER_KINDS)) as OrderRow[];
}

export function partyBirthDates(db: ReadableDB, caseId: number): string[] {
  return (db.prepare('SELECT date_of_birth AS d FROM parties WHERE case_id = ? AND date_of_birth IS NOT NULL').all(caseId) as { d: string }[]).map((r) => r.d);
}

// ---- legal holds ------------------------------------------------------------------------------------------

export interface HoldRow {
  id: number;
  caseId: number | null;
  partyId: number | null;
  kind: string;
  reason: string;
  placedBy: string;
  placedAt: string;
  liftedAt: string | null;
}

const HOLD_COLUMNS = `h.id, h.case_id AS caseId, h.party_id AS partyId, h.kind, h.reason, u.display_name AS placedBy, h.placed_at AS placedAt, h.lifted_at AS liftedAt`;

/**
 * The live holds that cover a case: on the case itself, or on a person in it — the same party, or a party of
 * another case with the same name and date of birth (a person has a party row in each case they are in).
 */
export function liveHoldsOn(db: ReadableDB, caseId: number): HoldRow[] {
  return db
    .prepare(
      `SELECT ${HOLD_COLUMNS} FROM legal_holds h JOIN users u ON u.id = h.placed_by
       WHERE h.lifted_at IS NULL AND (h.case_id = @case OR h.party_id IN (
         SELECT held.id FROM parties held JOIN parties mine ON mine.case_id = @case
         WHERE held.id = mine.id OR (lower(trim(held.name)) = lower(trim(mine.name)) AND held.date_of_birth IS NOT NULL AND held.date_of_birth = mine.date_of_birth)))
       ORDER BY h.placed_at`,
    )
    .all({ case: caseId }) as HoldRow[];
}

export function liveHolds(db: ReadableDB, partners: readonly string[]): (HoldRow & { ref: string; ofCase: number })[] {
  return db
    .prepare(
      `SELECT ${HOLD_COLUMNS}, c.ref, c.id AS ofCase FROM legal_holds h JOIN users u ON u.id = h.placed_by
       JOIN cases c ON c.id = COALESCE(h.case_id, (SELECT case_id FROM parties WHERE id = h.party_id))
       WHERE h.lifted_at IS NULL AND c.partner IN (SELECT value FROM json_each(?)) ORDER BY h.placed_at`,
    )
    .all(JSON.stringify(partners)) as (HoldRow & { ref: string; ofCase: number })[];
}

export function holdById(db: ReadableDB, id: number): (HoldRow & { ofCase: number }) | undefined {
  return db
    .prepare(`SELECT ${HOLD_COLUMNS}, COALESCE(h.case_id, (SELECT case_id FROM parties WHERE id = h.party_id)) AS ofCase FROM legal_holds h JOIN users u ON u.id = h.placed_by WHERE h.id = ?`)
    .get(id) as (HoldRow & { ofCase: number }) | undefined;
}

export function insertHold(db: WritableDB, h: { caseId: number | null; partyId: number | null; kind: string; reason: string }, by: number, at: string): number {
  return Number(
    db.prepare('INSERT INTO legal_holds (case_id, party_id, kind, reason, placed_by, placed_at) VALUES (?, ?, ?, ?, ?, ?)').run(h.caseId, h.partyId, h.kind, h.reason, by, at).lastInsertRowid,
  );
}

export function liftHold(db: WritableDB, id: number, reason: string, by: number, at: string): boolean {
  return db.prepare('UPDATE legal_holds SET lifted_by = ?, lifted_at = ?, lifted_reason = ? WHERE id = ? AND lifted_at IS NULL').run(by, at, reason, id).changes === 1;
}

export function partyCase(db: ReadableDB, partyId: number): number | undefined {
  return (db.prepare('SELECT case_id AS c FROM parties WHERE id = ?').get(partyId) as { c: number } | undefined)?.c;
}

// ---- keeps and tombstones ---------------------------------------------------------------------------------

export function latestKeep(db: ReadableDB, caseId: number): { reason: string; reviewOn: string; decidedAt: string } | undefined {
  return db.prepare('SELECT reason, review_on AS reviewOn, decided_at AS decidedAt FROM retention_keeps WHERE case_id = ? ORDER BY decided_at DESC, id DESC LIMIT 1').get(caseId) as
    | { reason: string; reviewOn: string; decidedAt: string }
    | undefined;
}

export function insertKeep(db: WritableDB, caseId: number, reason: string, reviewOn: string, by: number, at: string): number {
  return Number(db.prepare('INSERT INTO retention_keeps (case_id, reason, review_on, decided_by, decided_at) VALUES (?, ?, ?, ?, ?)').run(caseId, reason, reviewOn, by, at).lastInsertRowid);
}

export interface Tombstone {
  caseId: number;
  caseRef: string;
  partner: string;
  category: string;
  method: 'anonymise' | 'delete';
  ruleId: string;
  schedule: string;
  dueOn: string;
  counts: Record<string, number>;
}

/**
 * The office host's kept answers to PCs' writes (host_idempotency, issue 22) may quote what was just disposed
 * of: every answer is forgotten with the disposal. The keys stay (a day), so a retry is still applied once:
 * it is told the change was saved, without the answer.
 */
export function forgetKeptAnswers(db: WritableDB): number {
  return db.prepare('UPDATE host_idempotency SET answer = NULL WHERE answer IS NOT NULL').run().changes;
}

export function insertTombstone(db: WritableDB, t: Tombstone, by: number, at: string): number {
  return Number(
    db
      .prepare('INSERT INTO disposals (case_id, case_ref, partner, category, method, rule_id, schedule, due_on, counts, disposed_by, disposed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(t.caseId, t.caseRef, t.partner, t.category, t.method, t.ruleId, t.schedule, t.dueOn, JSON.stringify(t.counts), by, at).lastInsertRowid,
  );
}

export function disposalOf(db: ReadableDB, caseId: number): { method: string; disposedAt: string } | undefined {
  return db.prepare('SELECT method, disposed_at AS disposedAt FROM disposals WHERE case_id = ? ORDER BY id DESC LIMIT 1').get(caseId) as { method: string; disposedAt: string } | undefined;
}

export function recentDisposals(db: ReadableDB, partners: readonly string[], limit: number): { caseRef: string; method: string; ruleId: string; disposedBy: string; disposedAt: string }[] {
  return db
    .prepare(
      `SELECT d.case_ref AS caseRef, d.method, d.rule_id AS ruleId, u.display_name AS disposedBy, d.disposed_at AS disposedAt FROM disposals d JOIN users u ON u.id = d.disposed_by
       WHERE d.partner IN (SELECT value FROM json_each(?)) ORDER BY d.id DESC LIMIT ?`,
    )
    .all(JSON.stringify(partners), limit) as { caseRef: string; method: string; ruleId: string; disposedBy: string; disposedAt: string }[];
}

// ---- the disposal itself -----------------------------------------------------------------------------------

const quoteId = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`retention: ${name} is not a plain identifier.`);
  return `"${name}"`;
};

function blankExpression(column: string, how: Blank): string {
  const c = quoteId(column);
  switch (how) {
    case 'text':
      return `CASE WHEN ${c} IS NULL THEN NULL WHEN ${c} = '' THEN '' ELSE '${ANONYMISED}' END`;
    case 'null':
      return 'NULL';
    case 'empty':
      return `''`;
    case 'json-list':
      return `'[]'`;
    case 'json-object':
      return `'{}'`;
    case 'district':
      return `retention_district(${c})`;
  }
}

/**
 * Runs `work` with a disposal permit for the case (the immutability triggers stand aside for it alone) and
 * foreign keys checked at commit, so rows can go in the map's order. The caller's transaction holds both.
 */
export function withDisposalPermit<T>(db: WritableDB, caseId: number, work: () => T): T {
  db.pragma('defer_foreign_keys = ON');
  db.function('retention_district', { deterministic: true }, (v: unknown) => (typeof v === 'string' ? postcodeDistrict(v) : v));
  db.prepare('INSERT INTO disposal_permits (case_id) VALUES (?)').run(caseId);
  const result = work();
  db.prepare('DELETE FROM disposal_permits WHERE case_id = ?').run(caseId);
  return result;
}

/** Blanks or removes one table's rows of the case; returns how many rows it touched. */
export function anonymiseTable(db: WritableDB, table: string, rule: CaseTable, caseId: number): number {
  const where = rule.rows;
  if ('remove' in rule.anonymise) return db.prepare(`DELETE FROM ${quoteId(table)} WHERE ${where}`).run({ case: caseId }).changes;
  const sets = Object.entries(rule.anonymise.blank).map(([column, how]) => `${quoteId(column)} = ${blankExpression(column, how)}`);
  if (!sets.length) return 0;
  return db.prepare(`UPDATE ${quoteId(table)} SET ${sets.join(', ')} WHERE ${where}`).run({ case: caseId }).changes;
}

export function deleteTableRows(db: WritableDB, table: string, rule: CaseTable, caseId: number): number {
  return db.prepare(`DELETE FROM ${quoteId(table)} WHERE ${rule.rows}`).run({ case: caseId }).changes;
}

/** FTS5 keeps a deleted row's terms in its segments until they merge: merge them all now. */
export function mergeSearchIndex(db: WritableDB): void {
  db.prepare(`INSERT INTO case_search (case_search) VALUES ('optimize')`).run();
}

/**
 * After the disposal has committed: rebuild the file so no page keeps what was removed (secure_delete already
 * zeroes freed cells), refresh the planner's samples, and truncate the WAL, whose old frames hold old pages.
 */
export function reclaimSpace(db: WritableDB): void {
  db.exec('VACUUM');
  db.exec('ANALYZE');
  db.pragma('wal_checkpoint(TRUNCATE)');
}

export function tableNames(db: ReadableDB): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
}
