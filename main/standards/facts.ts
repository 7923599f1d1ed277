import type { Flag, Motivation } from '../../shared/domain/vocabulary';
import { TimedFactsBuilder, type CaseHeader, type TimedFacts, type Waiver } from '../../shared/standards/engine';
import type { ReadableDB } from '../db/connection';
import { parseList } from '../db/queries/json-column';
import { forEachInstant } from './instants';
import { type FactScope, factRows } from './store';

/**
 * Gathers what the engine needs to know about a case (issue 4 §2: "facts meet rules"). Facts come from
 * where officers already record them, so nobody records anything twice:
 * - contacts and interviews with a complainant or victim → complainant-contact / complainant-interview;
 * - referrals to the police or the local authority → weekend-referral (P4.5);
 * - action plans (agreed, issued) and their reviews;
 * - surveys offered after closure (P6.2);
 * - standard_facts for the rest (acknowledged, graffiti removed, repair done, case review).
 */
export interface CaseStandardsRow {
  profileId: string;
  profileVersion: number;
  header: CaseHeader;
  facts: TimedFacts;
}

/**
 * Loads the facts of one case, or of every open case at once (factRows: the same SQL with a different
 * scope), and puts each case's fact instants straight into its TimedFacts.
 */
function loadFacts(db: ReadableDB, scope: FactScope): Map<number, CaseStandardsRow> {
  const { cases, facts, intervals, waivers } = factRows(db, scope);

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
      perceivedHarassment: c.perceived_harassment === 1,
      screenedOut: c.screened_out !== null,
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

export function loadCaseFacts(db: ReadableDB, caseId: number): CaseStandardsRow | null {
  return loadFacts(db, { caseId }).get(caseId) ?? null;
}

export function loadOpenCaseFacts(db: ReadableDB, ids?: { from: number; to: number }): Map<number, CaseStandardsRow> {
  return loadFacts(db, ids ?? 'open-cases');
}
