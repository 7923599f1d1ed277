import { actionLabel, type ActionKind } from '../../shared/domain/action-kinds';
import { getActionResult } from '../casework/store';
import type { ActionDetails, ActionView, RegisterRow } from '../../shared/schemas/actions';
import type { ReadableDB, WritableDB } from '../db/connection';
import { sql, sqlFragment, sqlJoin } from '../db/sql';

/**
 * The actions feature's tables (migration 0004): actions on a case and their events, confirmations of
 * harassment, the legal register's query, and what the guards count. Closure, appeals and surveys are in
 * db/queries/actions/closure.ts, re-exported here: this file is the feature's one face on its SQL.
 */
export * from '../db/queries/actions/closure';

interface ActionRow {
  id: number;
  case_id: number;
  kind: ActionKind;
  subject_party_id: number | null;
  subject_name: string | null;
  started_on: string;
  status: string;
  outcome: string;
  expires_on: string | null;
  details: string;
  acknowledgements: string;
  created_by_name: string;
  created_at: string;
}

const SELECT = `SELECT a.*, p.name AS subject_name, u.display_name AS created_by_name
  FROM case_actions a LEFT JOIN parties p ON p.id = a.subject_party_id JOIN users u ON u.id = a.created_by`;

function toView(db: ReadableDB, r: ActionRow): ActionView {
  const events = db
    .prepare('SELECT id, kind, at, summary, proven, next_hearing_at AS nextHearingAt FROM action_events WHERE action_id = ? ORDER BY at')
    .all(r.id) as (Omit<ActionView['events'][number], 'proven'> & { proven: number })[];
  return {
    id: r.id,
    caseId: r.case_id,
    kind: r.kind,
    label: actionLabel(r.kind),
    subjectPartyId: r.subject_party_id,
    subjectName: r.subject_name,
    startedOn: r.started_on,
    status: r.status,
    outcome: r.outcome,
    expiresOn: r.expires_on,
    details: JSON.parse(r.details) as Record<string, unknown>,
    acknowledgements: JSON.parse(r.acknowledgements) as Record<string, string>,
    events: events.map((e) => ({ ...e, proven: e.proven === 1 })),
    createdBy: r.created_by_name,
    createdAt: r.created_at,
    ...versionsOf(db, r.id),
    result: getActionResult(db, r.id),
  };
}

/** An action's edits (migration 0017): the version shown is one more than the versions it replaced. */
function versionsOf(db: ReadableDB, actionId: number): Pick<ActionView, 'version' | 'edits'> {
  const rows = db
    .prepare('SELECT v.version, u.display_name AS by, v.replaced_at AS at, v.changes FROM action_versions v JOIN users u ON u.id = v.replaced_by WHERE v.action_id = ? ORDER BY v.version')
    .all(actionId) as { version: number; by: string; at: string; changes: string }[];
  return { version: rows.length + 1, edits: rows.map((v) => ({ version: v.version + 1, by: v.by, at: v.at, changes: JSON.parse(v.changes) as string[] })) };
}

/**
 * Replaces an action's details with a new version, keeping the one it replaces whole (issue 15).
 * Returns the new version's number.
 */
export function replaceActionVersion(
  db: WritableDB,
  id: number,
  next: { subjectPartyId: number | null; startedOn: string; details: Record<string, unknown>; acknowledgements: Record<string, string> },
  edit: { by: number; at: string; changes: string[] },
): number {
  const row = db.prepare('SELECT subject_party_id, started_on, details, acknowledgements FROM case_actions WHERE id = ?').get(id) as
    | { subject_party_id: number | null; started_on: string; details: string; acknowledgements: string }
    | undefined;
  if (!row) throw new Error(`replaceActionVersion: no action ${id}`);
  const replaced = (db.prepare('SELECT COUNT(*) AS n FROM action_versions WHERE action_id = ?').get(id) as { n: number }).n + 1;
  db.prepare(
    `INSERT INTO action_versions (action_id, version, subject_party_id, started_on, details, acknowledgements, replaced_by, replaced_at, changes)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, replaced, row.subject_party_id, row.started_on, row.details, row.acknowledgements, edit.by, edit.at, JSON.stringify(edit.changes));
  const d = next.details as { court?: string; claimNumber?: string };
  db.prepare('UPDATE case_actions SET subject_party_id = ?, started_on = ?, court = ?, claim_number = ?, details = ?, acknowledgements = ?, updated_at = ? WHERE id = ?').run(
    next.subjectPartyId,
    next.startedOn,
    d.court ?? '',
    d.claimNumber ?? '',
    JSON.stringify(next.details),
    JSON.stringify(next.acknowledgements),
    edit.at,
    id,
  );
  return replaced + 1;
}

/** The versions an action replaced, oldest first, as they were recorded. */
export function actionVersionDetails(db: ReadableDB, id: number): { version: number; details: Record<string, unknown> }[] {
  return (db.prepare('SELECT version, details FROM action_versions WHERE action_id = ? ORDER BY version').all(id) as { version: number; details: string }[]).map((v) => ({ version: v.version, details: JSON.parse(v.details) as Record<string, unknown> }));
}

export function listActions(db: ReadableDB, caseId: number): ActionView[] {
  return (db.prepare(`${SELECT} WHERE a.case_id = ? ORDER BY a.started_on, a.id`).all(caseId) as ActionRow[]).map((r) => toView(db, r));
}

export function getAction(db: ReadableDB, id: number): ActionView | null {
  const r = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as ActionRow | undefined;
  return r ? toView(db, r) : null;
}

export function insertAction(
  db: WritableDB,
  a: { caseId: number; kind: ActionKind; subjectPartyId: number | null; startedOn: string; details: ActionDetails & Record<string, unknown>; acknowledgements: Record<string, string>; expiresOn: string | null; by: number; at: string },
): number {
  const d = a.details as { court?: string; claimNumber?: string; caseNumber?: string };
  return Number(
    db
      .prepare(
        `INSERT INTO case_actions (case_id, kind, subject_party_id, started_on, court, claim_number, expires_on, details, acknowledgements, created_by, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(a.caseId, a.kind, a.subjectPartyId, a.startedOn, d.court ?? '', d.claimNumber ?? d.caseNumber ?? '', a.expiresOn, JSON.stringify(a.details), JSON.stringify(a.acknowledgements), a.by, a.at, a.at).lastInsertRowid,
  );
}

export function insertActionEvent(db: WritableDB, e: { actionId: number; kind: string; at: string; summary: string; proven: boolean; nextHearingAt: string | null; by: number; recordedAt: string }): number {
  return Number(
    db
      .prepare('INSERT INTO action_events (action_id, kind, at, summary, proven, next_hearing_at, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(e.actionId, e.kind, e.at, e.summary, e.proven ? 1 : 0, e.nextHearingAt, e.by, e.recordedAt).lastInsertRowid,
  );
}

export function updateAction(db: WritableDB, id: number, patch: { status?: string; outcome?: string; expiresOn?: string | null }, at: string): void {
  const sets: string[] = [];
  const params: Record<string, string | number | null> = { id, at };
  const columns = { status: 'status', outcome: 'outcome', expiresOn: 'expires_on' } as const;
  for (const key of Object.keys(columns) as (keyof typeof columns)[]) {
    if (patch[key] === undefined) continue;
    sets.push(`${columns[key]} = @${key}`);
    params[key] = patch[key] ?? null;
  }
  if (!sets.length) return;
  db.prepare(`UPDATE case_actions SET ${sets.join(', ')}, updated_at = @at WHERE id = @id`).run(params);
}

export function insertConfirmation(db: WritableDB, c: { caseId: number; partyId: number; basis: string; detail: string; evidenceId: number | null; on: string; by: number; at: string }): number {
  return Number(
    db
      .prepare('INSERT INTO confirmations (case_id, party_id, basis, detail, evidence_id, on_date, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(c.caseId, c.partyId, c.basis, c.detail, c.evidenceId, c.on, c.by, c.at).lastInsertRowid,
  );
}

export function listConfirmations(db: ReadableDB, caseId: number): { id: number; partyId: number; basis: string; detail: string; on: string; recordedBy: string }[] {
  return db
    .prepare(
      `SELECT c.id, c.party_id AS partyId, c.basis, c.detail, c.on_date AS "on", u.display_name AS recordedBy
       FROM confirmations c JOIN users u ON u.id = c.recorded_by WHERE c.case_id = ? ORDER BY c.on_date`,
    )
    .all(caseId) as { id: number; partyId: number; basis: string; detail: string; on: string; recordedBy: string }[];
}

// ---- what the guards count (guard-context.ts) ----------------------------------------------------------

export function confirmationCount(db: ReadableDB, caseId: number, partyId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM confirmations WHERE case_id = ? AND party_id = ?').get(caseId, partyId) as { n: number }).n;
}

/** The measures of the police actions still active on a case (a dispersal order, a CPN…). */
export function activePoliceMeasures(db: ReadableDB, caseId: number): string[] {
  const rows = db.prepare("SELECT details FROM case_actions WHERE case_id = ? AND kind = 'police-measure' AND status = 'active'").all(caseId) as { details: string }[];
  return rows.map((r) => (JSON.parse(r.details) as { measure: string }).measure);
}

/** Proven breaches of one civil injunction on a case (condition 2 of the absolute ground, law.md §5.3). */
export function provenInjunctionBreaches(db: ReadableDB, caseId: number, actionId: number): number {
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM action_events e JOIN case_actions a ON a.id = e.action_id
         WHERE a.id = ? AND a.case_id = ? AND a.kind = 'civil-injunction' AND e.kind = 'breach' AND e.proven = 1`,
      )
      .get(actionId, caseId) as { n: number }
  ).n;
}

// ---- the legal register (register.ts) ----------------------------------------------------------------

export const COURT_ACTION_KINDS = ['civil-injunction', 'restraining-order', 'criminal-behaviour-order', 'closure-order', 'demotion', 'possession'] as const;
/** The register also lists police measures (P5.8, P5.17): the legal team works with the police's prosecution and sees its outcome. */
const REGISTER_KINDS = [...COURT_ACTION_KINDS, 'police-measure'] as const;

export type RegisterQueryRow = Omit<RegisterRow, 'label' | 'absoluteGroundOpen' | 'result'> & { restricted: number };

/**
 * Court actions on the cases of `partners` (legal users: referred cases only), soonest hearing first.
 * `current` leaves out actions that have ended.
 */
export function registerRows(
  db: ReadableDB,
  f: { partners: readonly string[]; referredOnly: boolean; kind: ActionKind | null; current: boolean; nowIso: string },
): RegisterQueryRow[] {
  const where = [sqlFragment`c.partner IN (${sqlJoin(f.partners)})`, sqlFragment`a.kind IN (${sqlJoin(REGISTER_KINDS)})`];
  if (f.referredOnly) where.push(sqlFragment`c.legal_referred = 1`);
  if (f.kind) where.push(sqlFragment`a.kind = ${f.kind}`);
  if (f.current) where.push(sqlFragment`a.status NOT IN ('completed', 'withdrawn', 'refused', 'expired')`);
  const q = sql`SELECT a.id AS actionId, c.id AS caseId, c.ref, c.partner, a.kind, p.name AS subjectName, a.court, a.claim_number AS claimNumber,
              a.status, a.started_on AS startedOn, a.expires_on AS expiresOn, c.restricted,
              (SELECT min(next_hearing_at) FROM action_events e WHERE e.action_id = a.id AND e.next_hearing_at >= ${f.nowIso}) AS nextHearingAt,
              (SELECT count(*) FROM action_events e WHERE e.action_id = a.id AND e.kind = 'breach') AS breaches,
              (SELECT count(*) FROM action_events e WHERE e.action_id = a.id AND e.kind = 'breach' AND e.proven = 1) AS provenBreaches,
              (SELECT max(at) FROM action_events e WHERE e.action_id = a.id AND e.kind = 'breach') AS lastBreachAt
       FROM case_actions a JOIN cases c ON c.id = a.case_id LEFT JOIN parties p ON p.id = a.subject_party_id
       WHERE ${sqlJoin(where, ' AND ')}
       ORDER BY coalesce(nextHearingAt, '9999'), a.expires_on, c.ref`;
  return db.prepare(q.text).all(...q.params) as RegisterQueryRow[];
}

// ---- automatic expiry (expiry.ts, issue 18 P5.6) -------------------------------------------------------

/** Actions still running (active, or a granted order) whose expiry date is before `today`. */
export function lapsedActions(db: ReadableDB, today: string): { id: number; caseId: number; kind: ActionKind; expiresOn: string }[] {
  return db
    .prepare(
      `SELECT id, case_id AS caseId, kind, expires_on AS expiresOn FROM case_actions
       WHERE status IN ('active', 'granted') AND expires_on IS NOT NULL AND expires_on < ? ORDER BY expires_on, id`,
    )
    .all(today) as { id: number; caseId: number; kind: ActionKind; expiresOn: string }[];
}

/** Marks an action expired; false when it was no longer running (another sweep got there first). */
export function markExpired(db: WritableDB, id: number, at: string): boolean {
  return db.prepare("UPDATE case_actions SET status = 'expired', updated_at = ? WHERE id = ? AND status IN ('active', 'granted')").run(at, id).changes === 1;
}
