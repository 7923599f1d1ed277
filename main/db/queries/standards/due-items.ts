import type { ReadableDB, WritableDB } from '../../connection';
import { sql, type SqlFragment, sqlFragment, sqlJoin } from '../../sql';

/**
 * The stored due items (migrations 0003, 0006, 0009): what main/standards/recompute.ts writes after the
 * engine has run, and what the dashboard and the deadline lists read.
 */
export type DueItemRow = [ruleId: string, occurrence: number, label: string, source: string, profileId: string, profileVersion: number, startsAt: string, dueAt: string, state: string, metAt: string | null, urgent: number, live: number];

/** The recompute's statements, prepared once per handle: it runs them for every case it rewrites. */
export interface DueItemWriter {
  /** A case's stored items, as rows in DueItemRow's column order. */
  stored(caseId: number): DueItemRow[];
  put(caseId: number, row: DueItemRow): void;
  drop(caseId: number, ruleId: string, occurrence: number): void;
  setDigest(caseId: number, digest: string): void;
}

const writers = new WeakMap<WritableDB, DueItemWriter>();

export function dueItemWriter(db: WritableDB): DueItemWriter {
  let w = writers.get(db);
  if (!w) writers.set(db, (w = prepareWriter(db)));
  return w;
}

function prepareWriter(db: WritableDB): DueItemWriter {
  const stored = db
    .prepare('SELECT rule_id, occurrence, label, source, profile_id, profile_version, starts_at, due_at, state, met_at, urgent, live FROM due_items WHERE case_id = ?')
    .raw();
  const put = db.prepare(
    `INSERT INTO due_items (case_id, rule_id, occurrence, label, source, profile_id, profile_version, starts_at, due_at, state, met_at, urgent, live)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (case_id, rule_id, occurrence) DO UPDATE SET label = excluded.label, source = excluded.source, profile_id = excluded.profile_id,
       profile_version = excluded.profile_version, starts_at = excluded.starts_at, due_at = excluded.due_at, state = excluded.state,
       met_at = excluded.met_at, urgent = excluded.urgent, live = excluded.live`,
  );
  const drop = db.prepare('DELETE FROM due_items WHERE case_id = ? AND rule_id = ? AND occurrence = ?');
  const digest = db.prepare('INSERT INTO due_digests (case_id, digest) VALUES (?, ?) ON CONFLICT (case_id) DO UPDATE SET digest = excluded.digest');
  return {
    stored: (caseId) => stored.all(caseId) as DueItemRow[],
    put: (caseId, row) => void put.run(caseId, ...row),
    drop: (caseId, ruleId, occurrence) => void drop.run(caseId, ruleId, occurrence),
    setDigest: (caseId, value) => void digest.run(caseId, value),
  };
}

/** The digest stored with each open case's items (main/standards/digest.ts). */
/** The digests stored with the items of every open case, or of the open cases whose ids lie in a range. */
export function openCaseDigests(db: ReadableDB, ids?: { from: number; to: number }): Map<number, string> {
  const rows = ids
    ? db.prepare("SELECT d.case_id, d.digest FROM due_digests d JOIN cases c ON c.id = d.case_id WHERE c.status != 'closed' AND d.case_id BETWEEN @from AND @to").raw().all(ids)
    : db.prepare("SELECT d.case_id, d.digest FROM due_digests d JOIN cases c ON c.id = d.case_id WHERE c.status != 'closed'").raw().all();
  return new Map(rows as [number, string][]);
}

/** How many cases are open (the sign-in refresh moves to a worker above a size). */
export function countOpenCases(db: ReadableDB): number {
  return (db.prepare("SELECT count(*) FROM cases WHERE status != 'closed'").pluck().get() as number | undefined) ?? 0;
}

/** The ids of the open cases, in order (the sign-in refresh works through them in ranges). */
export function openCaseIds(db: ReadableDB): number[] {
  return (db.prepare("SELECT id FROM cases WHERE status != 'closed' ORDER BY id").raw().all() as [number][]).map((r) => r[0]);
}

/** Which cases a dashboard or a list of due items covers: the user's partners, their own cases, referred cases. */
export interface DueScope {
  partners: readonly string[];
  /** Only cases this user owns. */
  ownerId: number | null;
  /** Only cases referred to legal (a legal user). */
  referredOnly: boolean;
}

export function scopeWhere(s: DueScope): SqlFragment {
  const where = [sqlFragment`c.partner IN (${sqlJoin(s.partners.length ? s.partners : [''])})`];
  if (s.ownerId !== null) where.push(sqlFragment`c.owner_id = ${s.ownerId}`);
  if (s.referredOnly) where.push(sqlFragment`c.legal_referred = 1`);
  return sqlJoin(where, ' AND ');
}

/** The cases in scope with an item pending or breached that is due before `before`. */
export function casesWithItemsDueBefore(db: ReadableDB, scope: DueScope, before: string): { id: number; ref: string }[] {
  const q = sql`SELECT c.id, c.ref FROM cases c WHERE ${scopeWhere(scope)}
         AND c.id IN (SELECT case_id FROM due_items WHERE state IN ('pending', 'breached') AND due_at < ${before})`;
  return db.prepare(q.text).all(...q.params) as { id: number; ref: string }[];
}
