import { EQUALITY_FIELDS_ORDERED, INTAKE_LINK_REASON } from '../../shared/reports/definitions';
import type { EqualityFact, ReportFacts } from '../../shared/reports/measures';
import { type Period, periodBounds, trendBuckets } from '../../shared/reports/period';
import type { ReportCategory } from '../../shared/schemas/reports';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { DB } from '../db/connection';
import { homesInForce } from './homes';
import type { ReportScope } from './scope';

/**
 * The facts a report counts, read from the database for one period and scope (the measures themselves are
 * pure: shared/reports/measures.ts). Every query is bounded by the date that puts a row in the period, on
 * the indexes of migration 0005, and limited to the scope's partners and the category.
 *
 * Stored times are ISO UTC ('…Z'), so the period's London-midnight bounds compare as strings; date-only
 * columns (cost date, action start, survey dates) compare with the period's dates.
 */

/**
 * "Was the linked case open when this report came in?" — received by then, not closed by then. A case is
 * closed at T if a closure took effect by T with no reopening on appeal by T, or (for records without a
 * closure history, such as imported ones) if its own closed_at is by T.
 */
const LINKED_TO_OPEN = `EXISTS (
  SELECT 1 FROM case_links l JOIN cases o ON o.id = l.linked_case_id
  WHERE l.case_id = c.id AND l.reason = @linkReason AND o.received_at <= c.received_at
    AND NOT (o.closed_at IS NOT NULL AND o.closed_at <= c.received_at)
    AND NOT EXISTS (
      SELECT 1 FROM closures k WHERE k.case_id = o.id AND k.closed_at IS NOT NULL AND k.closed_at <= c.received_at
        AND NOT EXISTS (SELECT 1 FROM appeals a WHERE a.closure_id = k.id AND a.decision = 'reopen' AND a.decided_at <= c.received_at)))`;

const IN_SCOPE = `c.partner IN (SELECT value FROM json_each(@partners))`;
const IN_CATEGORY = `(@category = 'all' OR c.category = @category)`;

interface Params {
  partners: string;
  category: ReportCategory;
  start: string;
  end: string;
  from: string;
  to: string;
  linkReason: string;
  now: string;
}

type Statement = Database.Statement<unknown[], unknown>;
const statements = new WeakMap<DB, Map<string, Statement>>();
/** Statements are prepared once per database handle: a report runs a dozen of them twice. */
function stmt(db: DB, sql: string): Statement {
  let m = statements.get(db);
  if (!m) statements.set(db, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = db.prepare<unknown[], unknown>(sql)));
  return s;
}

/** In scope: the cases of the report's partners and category, from the covering cases_period index. */
const SCOPE_CASES = `SELECT c.id FROM cases c INDEXED BY cases_period WHERE ${IN_SCOPE} AND ${IN_CATEGORY}`;

/**
 * The queries. Each starts from the date index of the table it counts (CROSS JOIN keeps SQLite from
 * starting at the cases instead, which reads every case of the partners), then checks the case's
 * partner and category by its id.
 */
export const SQL = {
  cases: `SELECT c.id, c.partner, c.category, c.hate_incident AS hate, c.method, c.estate, c.postcode, c.received_at AS receivedAt, ${LINKED_TO_OPEN} AS linkedToOpen
          FROM cases c WHERE ${IN_SCOPE} AND c.received_at >= @start AND c.received_at < @end`,
  openAtEnd: `SELECT c.id AS caseId FROM cases c INDEXED BY cases_period WHERE c.received_at < @end AND (c.closed_at IS NULL OR c.closed_at >= @end) AND ${IN_SCOPE} AND ${IN_CATEGORY}`,
  // Incidents are read from their covering index alone and limited to the scope in JS (scopeIds).
  incidents: `SELECT case_id AS caseId, acts FROM incidents WHERE occurred_at >= @start AND occurred_at < @end`,
  scopeIds: SCOPE_CASES,
  allPartners: `SELECT count(*) AS n FROM partners`,
  profiles: `SELECT definition FROM standard_profiles ORDER BY id, version`,
  // A year holds some 200,000 deadlines: they are counted by kind in SQL, from their covering index,
  // and read one by one only to list the cases behind one figure (the drill-down).
  dueCounted: `SELECT 0 AS caseId, rule_id AS ruleId, urgent, state, due_at < @now AS past, count(*) AS n FROM due_items
               WHERE due_at >= @start AND due_at < @end GROUP BY rule_id, urgent, state, past`,
  dueCountedInScope: `SELECT 0 AS caseId, rule_id AS ruleId, urgent, state, due_at < @now AS past, count(*) AS n FROM due_items
                      WHERE due_at >= @start AND due_at < @end AND case_id IN (${SCOPE_CASES}) GROUP BY rule_id, urgent, state, past`,
  dueRows: `SELECT case_id AS caseId, rule_id AS ruleId, urgent, state, due_at < @now AS past, 1 AS n FROM due_items WHERE due_at >= @start AND due_at < @end`,
  referrals: `SELECT r.case_id AS caseId, r.agency, length(trim(r.support_offered)) > 0 AS supportOffered, (r.consent_id IS NULL AND r.party_id IS NOT NULL) AS withoutConsent
              FROM referrals r INDEXED BY referrals_at CROSS JOIN cases c ON c.id = r.case_id WHERE r.at >= @start AND r.at < @end AND ${IN_SCOPE} AND ${IN_CATEGORY}`,
  closed: `SELECT c.id AS caseId, c.received_at AS receivedAt, c.closed_at AS closedAt,
             (SELECT k.outcome FROM closures k WHERE k.case_id = c.id AND k.closed_at IS NOT NULL ORDER BY k.closed_at DESC, k.id DESC LIMIT 1) AS outcome
           FROM cases c INDEXED BY cases_closed WHERE c.closed_at IS NOT NULL AND c.closed_at >= @start AND c.closed_at < @end AND c.status = 'closed' AND ${IN_SCOPE} AND ${IN_CATEGORY}`,
  surveysOffered: `SELECT s.case_id AS caseId FROM surveys s INDEXED BY surveys_offered CROSS JOIN cases c ON c.id = s.case_id
                   WHERE s.offered_on >= @from AND s.offered_on <= @to AND ${IN_SCOPE} AND ${IN_CATEGORY}`,
  surveysCompleted: `SELECT s.case_id AS caseId, s.satisfaction FROM surveys s INDEXED BY surveys_completed CROSS JOIN cases c ON c.id = s.case_id
                     WHERE s.completed_on IS NOT NULL AND s.completed_on >= @from AND s.completed_on <= @to AND ${IN_SCOPE} AND ${IN_CATEGORY}`,
  actions: `SELECT a.case_id AS caseId, a.kind FROM case_actions a INDEXED BY case_actions_started CROSS JOIN cases c ON c.id = a.case_id
            WHERE a.started_on >= @from AND a.started_on <= @to AND ${IN_SCOPE} AND ${IN_CATEGORY}`,
  costs: `SELECT k.case_id AS caseId, k.kind, k.amount_pence AS pence FROM costs k INDEXED BY costs_incurred CROSS JOIN cases c ON c.id = k.case_id
          WHERE k.incurred_on >= @from AND k.incurred_on <= @to AND ${IN_SCOPE} AND ${IN_CATEGORY}`,
  equality: `SELECT p.role, ${EQUALITY_FIELDS_ORDERED.map((f) => `e.${f.column} AS "${f.field}"`).join(', ')}
             FROM cases c INDEXED BY cases_period CROSS JOIN parties p INDEXED BY parties_case_role ON p.case_id = c.id LEFT JOIN equality_data e ON e.party_id = p.id
             WHERE c.received_at >= @start AND c.received_at < @end AND ${IN_SCOPE} AND ${IN_CATEGORY} AND p.role IN ('complainant', 'victim', 'alleged-perpetrator')`,
};

function params(scope: ReportScope, period: Period, category: ReportCategory, now: Date): Params {
  return { partners: JSON.stringify(scope.partners.map((p) => p.code)), category, ...periodBounds(period), from: period.from, to: period.to, linkReason: INTAKE_LINK_REASON, now: now.toISOString() };
}

const parseActs = (json: string): string[] => {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
};

interface DueRow {
  caseId: number;
  ruleId: string;
  urgent: number;
  state: string;
  past: number;
  n: number;
}

/**
 * The ids of the cases in scope, or null when the scope is every case (every partner, every category),
 * so the big reads need no filter at all.
 */
function scopeIds(db: DB, p: Params, scope: ReportScope): Set<number> | null {
  const everyPartner = (stmt(db, SQL.allPartners).get() as { n: number }).n === scope.partners.length;
  if (everyPartner && p.category === 'all') return null;
  return new Set((stmt(db, SQL.scopeIds).all(p) as { id: number }[]).map((r) => r.id));
}

/** Each rule's words, from the service-standard profiles (a later version's wording wins). */
function ruleWords(db: DB): ReportFacts['rules'] {
  const out: ReportFacts['rules'] = {};
  for (const { definition } of stmt(db, SQL.profiles).all() as { definition: string }[]) {
    const profile = JSON.parse(definition) as { rules?: { id: string; label: string; source: string }[] };
    for (const r of profile.rules ?? []) out[r.id] = { label: r.label, source: r.source };
  }
  return out;
}

/**
 * The facts of one period. `detail`: every deadline with its case (for listing the cases behind a
 * figure); otherwise deadlines come counted by kind, which is all the measures need.
 */
export function loadFacts(db: DB, scope: ReportScope, period: Period, category: ReportCategory, now: Date, detail = false): ReportFacts {
  const p = params(scope, period, category, now);
  const all = <T>(sql: string) => stmt(db, sql).all(p) as T[];
  const ids = scopeIds(db, p, scope);
  const inScope = <T extends { caseId: number }>(rows: T[]) => (ids ? rows.filter((r) => ids.has(r.caseId)) : rows);
  const homes = homesInForce(
    db,
    scope.partners.map((x) => x.code),
    period.to,
  );
  return {
    now: now.toISOString(),
    category,
    partners: scope.partners.map((x) => ({ ...x, homes: homes.get(x.code)!.homes, homesSource: homes.get(x.code)!.source })),
    buckets: trendBuckets(period),
    rules: ruleWords(db),
    cases: all<{ id: number; partner: string; category: string; hate: number; method: string; estate: string; postcode: string; receivedAt: string; linkedToOpen: number }>(SQL.cases).map((c) => ({
      ...c,
      hate: c.hate === 1,
      linkedToOpen: c.linkedToOpen === 1,
    })),
    openAtEnd: all<{ caseId: number }>(SQL.openAtEnd),
    incidents: inScope(all<{ caseId: number; acts: string }>(SQL.incidents)).map((i) => ({ caseId: i.caseId, acts: parseActs(i.acts) })),
    due: (detail ? inScope(all<DueRow>(SQL.dueRows)) : all<DueRow>(ids ? SQL.dueCountedInScope : SQL.dueCounted)).map((d) => ({ ...d, urgent: d.urgent === 1, past: d.past === 1 })),
    referrals: all<{ caseId: number; agency: string; supportOffered: number; withoutConsent: number }>(SQL.referrals).map((r) => ({ ...r, supportOffered: r.supportOffered === 1, withoutConsent: r.withoutConsent === 1 })),
    closed: all<{ caseId: number; receivedAt: string; closedAt: string; outcome: string | null }>(SQL.closed),
    surveysOffered: all<{ caseId: number }>(SQL.surveysOffered),
    surveysCompleted: all<{ caseId: number; satisfaction: number | null }>(SQL.surveysCompleted),
    actions: all<{ caseId: number; kind: string }>(SQL.actions),
    costs: all<{ caseId: number; kind: string; pence: number }>(SQL.costs),
  };
}

/** The people whose equality answers are counted: roles and answers only, never who they are. */
export function loadEquality(db: DB, scope: ReportScope, period: Period, category: ReportCategory): EqualityFact[] {
  const rows = stmt(db, SQL.equality).all(params(scope, period, category, new Date())) as (Record<string, string | null> & { role: string })[];
  return rows.map(({ role, ...answers }) => ({ role, answers }));
}
