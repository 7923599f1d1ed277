import type { DashboardView } from '../../../../shared/schemas/standards';
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

function scopeWhere(s: DueScope): SqlFragment {
  const where = [sqlFragment`c.partner IN (${sqlJoin(s.partners.length ? s.partners : [''])})`];
  if (s.ownerId !== null) where.push(sqlFragment`c.owner_id = ${s.ownerId}`);
  if (s.referredOnly) where.push(sqlFragment`c.legal_referred = 1`);
  return sqlJoin(where, ' AND ');
}

/** A dashboard line as stored: SQLite's 0/1 for urgent and restricted. */
export type DueLineRow = Omit<DashboardView['overdue'][number], 'urgent' | 'restricted'> & { urgent: number; restricted: number };

/** The times a dashboard is cut by: now, the end of today and the end of this week (ISO instants). */
export interface DueTimes {
  now: string;
  endToday: string;
  endWeek: string;
}

export type DueSection = 'overdue' | 'today' | 'week';

function sectionWhere(section: DueSection, t: DueTimes): SqlFragment {
  if (section === 'overdue') return sqlFragment`d.due_at < ${t.now}`;
  if (section === 'today') return sqlFragment`d.due_at >= ${t.now} AND d.due_at <= ${t.endToday}`;
  return sqlFragment`d.due_at > ${t.endToday}`;
}

/** Live items (open cases, plus the survey closure starts) pending or breached and due by the end of the week. */
const liveBy = (scope: DueScope, t: DueTimes) =>
  sqlFragment`d.live = 1 AND d.state IN ('pending', 'breached') AND d.due_at <= ${t.endWeek} AND ${scopeWhere(scope)}`;

/**
 * One dashboard section's live items, walked in due order through the partial index due_items_live.
 * INDEXED BY because the planner otherwise starts from the partner's cases and sorts every one of their
 * items (measured: 330 ms against a few ms on 50,000 cases).
 */
export function liveDueLines(db: ReadableDB, scope: DueScope, t: DueTimes, section: DueSection, limit: number): DueLineRow[] {
  const q = sql`SELECT d.case_id AS caseId, c.ref, d.rule_id AS ruleId, d.occurrence, d.label, d.due_at AS dueAt, d.urgent, c.owner_id AS ownerId,
                  u.display_name AS ownerName, c.restricted
           FROM due_items d INDEXED BY due_items_live JOIN cases c ON c.id = d.case_id LEFT JOIN users u ON u.id = c.owner_id
           WHERE ${liveBy(scope, t)} AND ${sectionWhere(section, t)} ORDER BY d.due_at LIMIT ${limit}`;
  return db.prepare(q.text).all(...q.params) as DueLineRow[];
}

export type OfficerCounts = DashboardView['perOfficer'][number];

/** The live items counted per case owner, by section. */
export function liveDueCountsPerOwner(db: ReadableDB, scope: DueScope, t: DueTimes): OfficerCounts[] {
  // The owner's name is joined after grouping.
  const q = sql`SELECT t.ownerId, u.display_name AS ownerName, t.overdue, t.today, t.week FROM (
             SELECT c.owner_id AS ownerId, sum(d.due_at < ${t.now}) AS overdue,
                    sum(d.due_at >= ${t.now} AND d.due_at <= ${t.endToday}) AS today, sum(d.due_at > ${t.endToday}) AS week
             FROM due_items d INDEXED BY due_items_live JOIN cases c ON c.id = d.case_id
             WHERE ${liveBy(scope, t)} GROUP BY c.owner_id) t
           LEFT JOIN users u ON u.id = t.ownerId ORDER BY t.overdue DESC, t.today DESC`;
  return db.prepare(q.text).all(...q.params) as OfficerCounts[];
}

/** The cases in scope with an item pending or breached that is due before `before`. */
export function casesWithItemsDueBefore(db: ReadableDB, scope: DueScope, before: string): { id: number; ref: string }[] {
  const q = sql`SELECT c.id, c.ref FROM cases c WHERE ${scopeWhere(scope)}
         AND c.id IN (SELECT case_id FROM due_items WHERE state IN ('pending', 'breached') AND due_at < ${before})`;
  return db.prepare(q.text).all(...q.params) as { id: number; ref: string }[];
}
