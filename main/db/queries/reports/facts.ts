import { EQUALITY_FIELDS_ORDERED } from '../../../../shared/reports/definitions';
import type { ReportCategory } from '../../../../shared/schemas/reports';
import type { ReadableDB } from '../../connection';
import { prepared } from '../../statements';

/**
 * The queries a monitoring report runs (main/reports/facts.ts assembles their rows into the facts the
 * measures count). Stored times are ISO UTC ('…Z'), so a period's London-midnight bounds (`start`, `end`)
 * compare as strings; date-only columns (cost date, action start, survey dates) compare with its dates
 * (`from`, `to`).
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

export interface Params {
  partners: string;
  category: ReportCategory;
  start: string;
  end: string;
  from: string;
  to: string;
  linkReason: string;
  now: string;
}

/** In scope: the cases of the report's partners and category, from the covering cases_period index. */
const SCOPE_CASES = `SELECT c.id FROM cases c INDEXED BY cases_period WHERE ${IN_SCOPE} AND ${IN_CATEGORY}`;

/**
 * The queries. Each starts from the date index of the table it counts (CROSS JOIN keeps SQLite from
 * starting at the cases instead, which reads every case of the partners), then checks the case's
 * partner and category by its id.
 */
const SQL = {
  cases: `SELECT c.id, c.partner, c.category, c.hate_incident AS hate, c.method, c.estate, c.postcode, c.received_at AS receivedAt, ${LINKED_TO_OPEN} AS linkedToOpen, c.screened_out AS screenedOut
          FROM cases c WHERE ${IN_SCOPE} AND c.received_at >= @start AND c.received_at < @end`,
  openAtEnd: `SELECT c.id AS caseId FROM cases c INDEXED BY cases_period WHERE c.received_at < @end AND (c.closed_at IS NULL OR c.closed_at >= @end) AND ${IN_SCOPE} AND ${IN_CATEGORY}`,
  // Incidents are read from their covering index alone and limited to the scope in JS (scopeIds).
  incidents: `SELECT case_id AS caseId, acts FROM incidents WHERE occurred_at >= @start AND occurred_at < @end`,
  scopeIds: SCOPE_CASES,
  allPartners: `SELECT count(*) AS n FROM partners`,
  // The first deadline of the period not yet due: until then every one's "due before now" stays as it is.
  nextDue: `SELECT min(due_at) AS at FROM due_items WHERE due_at >= @now AND due_at >= @start AND due_at < @end`,
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
           FROM cases c INDEXED BY cases_closed WHERE c.closed_at IS NOT NULL AND c.closed_at >= @start AND c.closed_at < @end AND c.status = 'closed' AND c.screened_out IS NULL AND ${IN_SCOPE} AND ${IN_CATEGORY}`,
  surveysOffered: `SELECT s.case_id AS caseId FROM surveys s INDEXED BY surveys_offered CROSS JOIN cases c ON c.id = s.case_id
                   WHERE s.offered_on >= @from AND s.offered_on <= @to AND ${IN_SCOPE} AND ${IN_CATEGORY}`,
  surveysCompleted: `SELECT s.case_id AS caseId, s.satisfaction FROM surveys s INDEXED BY surveys_completed CROSS JOIN cases c ON c.id = s.case_id
                     WHERE s.completed_on IS NOT NULL AND s.completed_on >= @from AND s.completed_on <= @to AND ${IN_SCOPE} AND ${IN_CATEGORY}`,
  actions: `SELECT a.case_id AS caseId, a.kind FROM case_actions a INDEXED BY case_actions_started CROSS JOIN cases c ON c.id = a.case_id
            WHERE a.started_on >= @from AND a.started_on <= @to AND ${IN_SCOPE} AND ${IN_CATEGORY}`,
  costs: `SELECT k.case_id AS caseId, k.kind, k.amount_pence AS pence FROM costs k INDEXED BY costs_incurred CROSS JOIN cases c ON c.id = k.case_id
          WHERE k.incurred_on >= @from AND k.incurred_on <= @to AND ${IN_SCOPE} AND ${IN_CATEGORY}`,
  // Issue 18: outcome satisfaction (P7.2), results of action (P5.10, P5.17–5.20), safety measures fitted (P3.17), formats sent (P8.3).
  surveysOutcome: `SELECT s.case_id AS caseId, s.outcome_satisfaction AS score FROM surveys s INDEXED BY surveys_completed CROSS JOIN cases c ON c.id = s.case_id
                   WHERE s.completed_on IS NOT NULL AND s.completed_on >= @from AND s.completed_on <= @to AND s.outcome_satisfaction IS NOT NULL AND ${IN_SCOPE} AND ${IN_CATEGORY}`,
  actionResults: `SELECT r.case_id AS caseId, r.damages_pence AS damagesPence, r.costs_pence AS costsPence, r.costs_payer AS costsPayer, r.offence, r.police_outcome AS policeOutcome
                  FROM action_results r INDEXED BY action_results_decided CROSS JOIN cases c ON c.id = r.case_id WHERE r.decided_on >= @from AND r.decided_on <= @to AND ${IN_SCOPE} AND ${IN_CATEGORY}`,
  safetyCosts: `SELECT m.case_id AS caseId, m.cost_pence AS pence FROM safety_measures m INDEXED BY safety_measures_on CROSS JOIN cases c ON c.id = m.case_id
                WHERE m.status = 'fitted' AND m.on_date >= @from AND m.on_date <= @to AND ${IN_SCOPE} AND ${IN_CATEGORY}`,
  formatsSent: `SELECT f.case_id AS caseId, f.format FROM document_formats f INDEXED BY document_formats_sent CROSS JOIN cases c ON c.id = f.case_id
                WHERE f.sent_on >= @from AND f.sent_on <= @to AND ${IN_SCOPE} AND ${IN_CATEGORY}`,
  // Issue 20: ASB case review applications with a date in the period: received, threshold decided, review meeting.
  // By the application's partner; not by category (an application is about the behaviour, across linked cases).
  caseReviews: `SELECT a.case_id AS caseId, a.partner, (a.received_on BETWEEN @from AND @to) AS received,
                  (a.threshold_met = 0 AND a.threshold_decided_on BETWEEN @from AND @to) AS notMet,
                  (v.held = 1 AND v.meeting_on BETWEEN @from AND @to) AS reviewed,
                  (SELECT count(*) FROM case_review_recommendations r WHERE r.application_id = a.id) AS recommendations
                FROM case_review_applications a LEFT JOIN case_reviews v ON v.application_id = a.id
                WHERE a.partner IN (SELECT value FROM json_each(@partners))
                  AND (a.received_on BETWEEN @from AND @to OR a.threshold_decided_on BETWEEN @from AND @to OR v.meeting_on BETWEEN @from AND @to)`,
  equality: `SELECT p.role, ${EQUALITY_FIELDS_ORDERED.map((f) => `e.${f.column} AS "${f.field}"`).join(', ')}
             FROM cases c INDEXED BY cases_period CROSS JOIN parties p INDEXED BY parties_case_role ON p.case_id = c.id LEFT JOIN equality_data e ON e.party_id = p.id
             WHERE c.received_at >= @start AND c.received_at < @end AND ${IN_SCOPE} AND ${IN_CATEGORY} AND p.role IN ('complainant', 'victim', 'alleged-perpetrator')`,
};

export type ReportQuery = Exclude<keyof typeof SQL, 'allPartners' | 'profiles' | 'nextDue'>;

/** The rows of one of the report's queries, for one period and scope. */
export function reportRows<T>(db: ReadableDB, query: ReportQuery, params: Params): T[] {
  return prepared(db, SQL[query]).all(params) as T[];
}

/** How many partners there are: a report over all of them needs no partner filter. */
export function partnerCount(db: ReadableDB): number {
  return (prepared(db, SQL.allPartners).get() as { n: number }).n;
}

/** Every profile version's definition, by id and version (a later version's wording of a rule wins). */
export function profileDefinitions(db: ReadableDB): { definition: string }[] {
  return prepared(db, SQL.profiles).all() as { definition: string }[];
}

/**
 * When the period's deadlines next change from "not yet due" to "due" (the earliest due at or after
 * `now`), or null when none will: a report's figures for the period hold until then.
 */
export function nextDueInPeriod(db: ReadableDB, p: Pick<Params, 'start' | 'end' | 'now'>): string | null {
  return (prepared(db, SQL.nextDue).get(p) as { at: string | null }).at;
}
