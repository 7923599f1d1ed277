import type { Category, RiskLevel } from '../../../../shared/domain/vocabulary';
import type { Waiver } from '../../../../shared/standards/engine';
import type { FactKind } from '../../../../shared/standards/profile';
import type { ReadableDB, WritableDB } from '../../connection';

/**
 * What the deadline engine reads about cases (main/standards/facts.ts assembles it), and the two tables
 * the deadlines feature writes itself: standard_facts (facts recorded for a rule, such as "acknowledged")
 * and due_waivers.
 */
export function insertStandardFact(db: WritableDB, f: { caseId: number; kind: string; at: string; note: string; by: number; recordedAt: string; documentId?: number | null }): number {
  return Number(
    db
      .prepare('INSERT INTO standard_facts (case_id, kind, at, note, recorded_by, recorded_at, document_id) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(f.caseId, f.kind, f.at, f.note, f.by, f.recordedAt, f.documentId ?? null).lastInsertRowid,
  );
}

/**
 * A fact recorded by a letter stops counting when the letter comes back as returned post (migration 0017):
 * it did not reach the person, so the rule it met is open again. The sending and the return stay on record.
 */
const notReturned = (alias = '') => `${alias}document_id IS NULL OR ${alias}document_id NOT IN (SELECT document_id FROM document_returns)`;

export function hasStandardFact(db: ReadableDB, caseId: number, kind: string): boolean {
  return db.prepare(`SELECT 1 FROM standard_facts WHERE case_id = ? AND kind = ? AND (${notReturned()})`).get(caseId, kind) !== undefined;
}

export function insertWaiver(db: WritableDB, w: { caseId: number; ruleId: string; occurrence: number; reason: string; by: number; at: string }): void {
  db.prepare('INSERT INTO due_waivers (case_id, rule_id, occurrence, reason, waived_by, waived_at) VALUES (?, ?, ?, ?, ?, ?)').run(w.caseId, w.ruleId, w.occurrence, w.reason, w.by, w.at);
}

const COMPLAINANT_ROLES = "('complainant', 'victim')";
/**
 * When an ABC ended (P5.6, issue 18): the day it was marked completed or withdrawn, else its expiry date
 * (whether or not the daily sweep has marked it expired yet), whichever is first.
 */
const ABC_END = `(CASE WHEN status IN ('completed', 'withdrawn')
    THEN min(updated_at, coalesce(expires_on || 'T12:00:00.000Z', updated_at))
    ELSE expires_on || 'T12:00:00.000Z' END)`;

/** One case, every open case, or the open cases whose ids lie in a range (a batch of the sign-in refresh). */
export type FactScope = { caseId: number } | 'open-cases' | { from: number; to: number };

export interface FactCaseRow {
  id: number;
  received_at: string;
  category: Category;
  flags: string;
  motivation: string;
  hate_incident: number;
  risk_level: RiskLevel;
  closed_at: string | null;
  profile_id: string;
  profile_version: number;
  perceived_harassment: number;
  screened_out: string | null;
}

export interface FactRows {
  cases: FactCaseRow[];
  /** One row per case and kind: its instants joined by commas, each with a trailing flag digit. */
  facts: IterableIterator<[caseId: number, kind: FactKind, joined: string]>;
  intervals: { caseId: number; days: number | null }[];
  waivers: (Waiver & { caseId: number })[];
}

/**
 * The facts of one case, or of every open case at once: the same SQL with a different scope, so a
 * recompute of all open cases is a handful of queries rather than a handful per case. Fact rows come as
 * arrays (no row objects), one per case and kind with its instants joined by commas: materialising half a
 * million single-fact rows costs several times what SQLite takes to read them. Each instant carries a
 * trailing flag digit (1: a plan review that changed the plan).
 */
export function factRows(db: ReadableDB, scope: FactScope): FactRows {
  const inScope =
    scope === 'open-cases' ? "IN (SELECT id FROM cases WHERE status != 'closed')" : 'caseId' in scope ? '= @id' : "IN (SELECT id FROM cases WHERE status != 'closed' AND id BETWEEN @from AND @to)";
  const params = scope === 'open-cases' ? {} : 'caseId' in scope ? { id: scope.caseId } : scope;
  const cases = db
    .prepare(`SELECT id, received_at, category, flags, motivation, hate_incident, risk_level, closed_at, profile_id, profile_version, perceived_harassment, screened_out FROM cases WHERE id ${inScope}`)
    .all(params) as FactCaseRow[];
  const facts = db
    .prepare(
      `SELECT case_id, kind, group_concat(at || '0') FROM standard_facts WHERE case_id ${inScope} AND (${notReturned()}) GROUP BY case_id, kind
       UNION ALL SELECT c.case_id, 'complainant-contact', group_concat(c.at || '0') FROM contacts c JOIN parties p ON p.id = c.party_id WHERE c.case_id ${inScope} AND p.role IN ${COMPLAINANT_ROLES} AND (${notReturned('c.')}) GROUP BY c.case_id
       UNION ALL SELECT i.case_id, 'complainant-interview', group_concat(i.at || '0') FROM interviews i JOIN parties p ON p.id = i.party_id WHERE i.case_id ${inScope} AND p.role IN ${COMPLAINANT_ROLES} GROUP BY i.case_id
       UNION ALL SELECT case_id, 'weekend-referral', group_concat(at || '0') FROM referrals WHERE case_id ${inScope} AND agency IN ('police', 'local-authority') GROUP BY case_id
       UNION ALL SELECT case_id, 'plan-agreed', group_concat(agreed_at || '0') FROM action_plans WHERE case_id ${inScope} AND agreed_at IS NOT NULL GROUP BY case_id
       UNION ALL SELECT case_id, 'plan-issued', group_concat(issued_at || '0') FROM action_plans WHERE case_id ${inScope} AND issued_at IS NOT NULL AND version > 1 GROUP BY case_id
       UNION ALL SELECT case_id, 'plan-review', group_concat(at || changed_plan) FROM plan_reviews WHERE case_id ${inScope} GROUP BY case_id
       UNION ALL SELECT case_id, 'survey-offered', group_concat(offered_on || 'T12:00:00.000Z0') FROM surveys WHERE case_id ${inScope} GROUP BY case_id
       UNION ALL SELECT case_id, 'abc-started', group_concat(started_on || 'T12:00:00.000Z0') FROM case_actions WHERE case_id ${inScope} AND kind = 'abc' GROUP BY case_id
       UNION ALL SELECT a.case_id, 'abc-review', group_concat(e.at || '0') FROM action_events e JOIN case_actions a ON a.id = e.action_id WHERE a.case_id ${inScope} AND a.kind = 'abc' AND e.kind = 'review' GROUP BY a.case_id
       UNION ALL SELECT case_id, 'abc-ended', group_concat(${ABC_END} || '0') FROM case_actions WHERE case_id ${inScope} AND kind = 'abc' AND ${ABC_END} IS NOT NULL GROUP BY case_id`,
    )
    .raw()
    .iterate(params) as FactRows['facts'];
  const intervals = db
    .prepare(
      `SELECT case_id AS caseId, contact_interval_days AS days FROM action_plans p
       WHERE case_id ${inScope} AND agreed_at IS NOT NULL
         AND version = (SELECT max(version) FROM action_plans q WHERE q.case_id = p.case_id AND q.agreed_at IS NOT NULL)`,
    )
    .all(params) as FactRows['intervals'];
  const waivers = db
    .prepare(
      `SELECT w.case_id AS caseId, w.rule_id AS ruleId, w.occurrence, w.reason, u.display_name AS by, w.waived_at AS at
       FROM due_waivers w JOIN users u ON u.id = w.waived_by WHERE w.case_id ${inScope}`,
    )
    .all(params) as FactRows['waivers'];
  return { cases, facts, intervals, waivers };
}
