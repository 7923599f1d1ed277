import { INTAKE_LINK_REASON } from '../../shared/reports/definitions';
import type { EqualityFact, ReportFacts } from '../../shared/reports/measures';
import { type Period, periodBounds, trendBuckets } from '../../shared/reports/period';
import type { ReportCategory } from '../../shared/schemas/reports';
import type { ReadableDB } from '../db/connection';
import { homesInForce } from './homes';
import type { ReportScope } from './scope';
import { type Params, partnerCount, profileDefinitions, type ReportQuery, reportRows } from './store';

/**
 * The facts a report counts, read from the database for one period and scope (the measures themselves are
 * pure: shared/reports/measures.ts). Every query is bounded by the date that puts a row in the period, on
 * the indexes of migration 0005, and limited to the scope's partners and the category (their SQL:
 * db/queries/reports/facts.ts).
 */

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
function scopeIds(db: ReadableDB, p: Params, scope: ReportScope): Set<number> | null {
  const everyPartner = partnerCount(db) === scope.partners.length;
  if (everyPartner && p.category === 'all') return null;
  return new Set(reportRows<{ id: number }>(db, 'scopeIds', p).map((r) => r.id));
}

/** Each rule's words, from the service-standard profiles (a later version's wording wins). */
function ruleWords(db: ReadableDB): ReportFacts['rules'] {
  const out: ReportFacts['rules'] = {};
  for (const { definition } of profileDefinitions(db)) {
    const profile = JSON.parse(definition) as { rules?: { id: string; label: string; source: string }[] };
    for (const r of profile.rules ?? []) out[r.id] = { label: r.label, source: r.source };
  }
  return out;
}

/**
 * The facts of one period. `detail`: every deadline with its case (for listing the cases behind a
 * figure); otherwise deadlines come counted by kind, which is all the measures need.
 */
export function loadFacts(db: ReadableDB, scope: ReportScope, period: Period, category: ReportCategory, now: Date, detail = false): ReportFacts {
  const p = params(scope, period, category, now);
  const all = <T>(query: ReportQuery) => reportRows<T>(db, query, p);
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
    cases: all<{ id: number; partner: string; category: string; hate: number; method: string; estate: string; postcode: string; receivedAt: string; linkedToOpen: number }>('cases').map((c) => ({
      ...c,
      hate: c.hate === 1,
      linkedToOpen: c.linkedToOpen === 1,
    })),
    openAtEnd: all<{ caseId: number }>('openAtEnd'),
    incidents: inScope(all<{ caseId: number; acts: string }>('incidents')).map((i) => ({ caseId: i.caseId, acts: parseActs(i.acts) })),
    due: (detail ? inScope(all<DueRow>('dueRows')) : all<DueRow>(ids ? 'dueCountedInScope' : 'dueCounted')).map((d) => ({ ...d, urgent: d.urgent === 1, past: d.past === 1 })),
    referrals: all<{ caseId: number; agency: string; supportOffered: number; withoutConsent: number }>('referrals').map((r) => ({ ...r, supportOffered: r.supportOffered === 1, withoutConsent: r.withoutConsent === 1 })),
    closed: all<{ caseId: number; receivedAt: string; closedAt: string; outcome: string | null }>('closed'),
    surveysOffered: all<{ caseId: number }>('surveysOffered'),
    surveysCompleted: all<{ caseId: number; satisfaction: number | null }>('surveysCompleted'),
    actions: all<{ caseId: number; kind: string }>('actions'),
    costs: all<{ caseId: number; kind: string; pence: number }>('costs'),
    surveysOutcome: all<{ caseId: number; score: number }>('surveysOutcome'),
    actionResults: all<NonNullable<ReportFacts['actionResults']>[number]>('actionResults'),
    safetyCosts: all<{ caseId: number; pence: number }>('safetyCosts'),
    formatsSent: all<{ caseId: number; format: string }>('formatsSent'),
    caseReviews: all<{ caseId: number; partner: string; received: number; notMet: number; reviewed: number; recommendations: number }>('caseReviews').map((r) => ({
      ...r,
      received: r.received === 1,
      notMet: r.notMet === 1,
      reviewed: r.reviewed === 1,
    })),
  };
}

/** The people whose equality answers are counted: roles and answers only, never who they are. */
export function loadEquality(db: ReadableDB, scope: ReportScope, period: Period, category: ReportCategory): EqualityFact[] {
  const rows = reportRows<Record<string, string | null> & { role: string }>(db, 'equality', params(scope, period, category, new Date()));
  return rows.map(({ role, ...answers }) => ({ role, answers }));
}
