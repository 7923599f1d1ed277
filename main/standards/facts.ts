import type { Category, Flag, Motivation, RiskLevel } from '../../shared/domain/vocabulary';
import { TimedFactsBuilder, type CaseHeader, type TimedFacts, type Waiver } from '../../shared/standards/engine';
import type { FactKind } from '../../shared/standards/profile';
import type { DB } from '../db/connection';
import { parseList } from '../db/queries/json-column';
import { forEachInstant } from './instants';

/**
 * Gathers what the engine needs to know about a case (issue 4 §2: "facts meet rules"). Facts come from
 * where officers already record them, so nobody records anything twice:
 * - contacts and interviews with a complainant or victim → complainant-contact / complainant-interview;
 * - referrals to the police or the local authority → weekend-referral (P4.5);
 * - action plans (agreed, issued) and their reviews;
 * - surveys offered after closure (P6.2);
 * - standard_facts for the rest (acknowledged, graffiti removed, repair done, case review).
 */
const COMPLAINANT_ROLES = "('complainant', 'victim')";

export interface CaseStandardsRow {
  profileId: string;
  profileVersion: number;
  header: CaseHeader;
  facts: TimedFacts;
}

/** One case, every open case, or the open cases whose ids lie in a range (a batch of the sign-in refresh). */
type Scope = { caseId: number } | 'open-cases' | { from: number; to: number };

interface CaseRow {
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
}

/**
 * Loads the facts of one case, or of every open case at once: the same SQL with a different scope, so a
 * recompute of all open cases is a handful of queries rather than a handful per case. Fact rows are read
 * as arrays (no row objects) and go straight into each case's TimedFacts as instants.
 */
function loadFacts(db: DB, scope: Scope): Map<number, CaseStandardsRow> {
  const inScope =
    scope === 'open-cases' ? "IN (SELECT id FROM cases WHERE status != 'closed')" : 'caseId' in scope ? '= @id' : "IN (SELECT id FROM cases WHERE status != 'closed' AND id BETWEEN @from AND @to)";
  const params = scope === 'open-cases' ? {} : 'caseId' in scope ? { id: scope.caseId } : scope;
  const cases = db
    .prepare(`SELECT id, received_at, category, flags, motivation, hate_incident, risk_level, closed_at, profile_id, profile_version FROM cases WHERE id ${inScope}`)
    .all(params) as CaseRow[];
  // One row per case and kind, its instants joined by commas: materialising half a million single-fact
  // rows costs several times what SQLite takes to read them. Each instant carries a trailing flag digit
  // (1: a plan review that changed the plan).
  const facts = db
    .prepare(
      `SELECT case_id, kind, group_concat(at || '0') FROM standard_facts WHERE case_id ${inScope} GROUP BY case_id, kind
       UNION ALL SELECT c.case_id, 'complainant-contact', group_concat(c.at || '0') FROM contacts c JOIN parties p ON p.id = c.party_id WHERE c.case_id ${inScope} AND p.role IN ${COMPLAINANT_ROLES} GROUP BY c.case_id
       UNION ALL SELECT i.case_id, 'complainant-interview', group_concat(i.at || '0') FROM interviews i JOIN parties p ON p.id = i.party_id WHERE i.case_id ${inScope} AND p.role IN ${COMPLAINANT_ROLES} GROUP BY i.case_id
       UNION ALL SELECT case_id, 'weekend-referral', group_concat(at || '0') FROM referrals WHERE case_id ${inScope} AND agency IN ('police', 'local-authority') GROUP BY case_id
       UNION ALL SELECT case_id, 'plan-agreed', group_concat(agreed_at || '0') FROM action_plans WHERE case_id ${inScope} AND agreed_at IS NOT NULL GROUP BY case_id
       UNION ALL SELECT case_id, 'plan-issued', group_concat(issued_at || '0') FROM action_plans WHERE case_id ${inScope} AND issued_at IS NOT NULL AND version > 1 GROUP BY case_id
       UNION ALL SELECT case_id, 'plan-review', group_concat(at || changed_plan) FROM plan_reviews WHERE case_id ${inScope} GROUP BY case_id
       UNION ALL SELECT case_id, 'survey-offered', group_concat(offered_on || 'T12:00:00.000Z0') FROM surveys WHERE case_id ${inScope} GROUP BY case_id`,
    )
    .raw()
    .iterate(params) as IterableIterator<[number, FactKind, string]>;
  const intervals = db
    .prepare(
      `SELECT case_id AS caseId, contact_interval_days AS days FROM action_plans p
       WHERE case_id ${inScope} AND agreed_at IS NOT NULL
         AND version = (SELECT max(version) FROM action_plans q WHERE q.case_id = p.case_id AND q.agreed_at IS NOT NULL)`,
    )
    .all(params) as { caseId: number; days: number | null }[];
  const waivers = db
    .prepare(
      `SELECT w.case_id AS caseId, w.rule_id AS ruleId, w.occurrence, w.reason, u.display_name AS by, w.waived_at AS at
       FROM due_waivers w JOIN users u ON u.id = w.waived_by WHERE w.case_id ${inScope}`,
    )
    .all(params) as (Waiver & { caseId: number })[];

  // Each case's row, with the builder its facts go into and the list its waivers go into.
  const loading = new Map<number, { row: CaseStandardsRow; builder: TimedFactsBuilder; waivers: Waiver[] }>();
  for (const c of cases) {
    const builder = new TimedFactsBuilder();
    const caseWaivers: Waiver[] = [];
    const header: CaseHeader = {
      receivedAt: c.received_at,
      category: c.category,
      flags: parseList<Flag>(c.flags),
      motivation: parseList<Motivation>(c.motivation),
      hateIncident: c.hate_incident === 1,
      riskLevel: c.risk_level,
      closedAt: c.closed_at,
      planContactIntervalDays: null,
      waivers: caseWaivers,
    };
    loading.set(c.id, { row: { profileId: c.profile_id, profileVersion: c.profile_version, header, facts: builder }, builder, waivers: caseWaivers });
  }
  for (const [caseId, kind, joined] of facts) {
    const builder = loading.get(caseId)?.builder;
    if (builder) forEachInstant(joined, (at, changedPlan) => builder.add(kind, at, changedPlan));
  }
  for (const p of intervals) {
    const row = loading.get(p.caseId)?.row;
    if (row) row.header.planContactIntervalDays = p.days;
  }
  for (const { caseId, ...w } of waivers) loading.get(caseId)?.waivers.push(w);
  const out = new Map<number, CaseStandardsRow>();
  for (const [id, { row, builder }] of loading) out.set(id, { ...row, facts: builder.sorted() });
  return out;
}

export function loadCaseFacts(db: DB, caseId: number): CaseStandardsRow | null {
  return loadFacts(db, { caseId }).get(caseId) ?? null;
}

export function loadOpenCaseFacts(db: DB, ids?: { from: number; to: number }): Map<number, CaseStandardsRow> {
  return loadFacts(db, ids ?? 'open-cases');
}
