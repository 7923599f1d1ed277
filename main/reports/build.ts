import { casesBehind } from '../../shared/reports/measures';
import { describePeriod, type Period, previousPeriod } from '../../shared/reports/period';
import { AppError } from '../../shared/result';
import type { DrilldownView, ReportFilters, ReportView } from '../../shared/schemas/reports';
import type { ReadableDB } from '../db/connection';
import { can } from '../security/can';
import type { SessionUser } from '../security/session';
import { periodEquality, periodMeasures } from './cache';
import { loadFacts } from './facts';
import { resolveScope } from './scope';
import { casesByIds } from './store';

/**
 * A monitoring report for a period, partners and category (issue 8): the measures for the period, the
 * same for the period before it, and the equality counts (suppressed). Aggregates only.
 */
export function buildReport(db: ReadableDB, user: SessionUser, filters: ReportFilters, now: Date, compare = true): ReportView {
  const scope = resolveScope(db, user, filters);
  const period: Period = { from: filters.from, to: filters.to };
  const prev = compare ? previousPeriod(period) : null;
  return {
    period: { ...period, label: describePeriod(period) },
    previous: prev ? { ...prev, label: describePeriod(prev) } : null,
    partners: scope.partners,
    allPartners: scope.allPartners,
    category: filters.category,
    generatedAt: now.toISOString(),
    // Counted once per period while nothing changes (cache.ts): the period before is the next one looked at.
    current: periodMeasures(db, scope, period, filters.category, now),
    prior: prev ? periodMeasures(db, scope, prev, filters.category, now) : null,
    equality: periodEquality(db, scope, period, filters.category, now),
    canDrill: can(user, 'reports.drilldown'),
  };
}

const DRILL_LIMIT = 500;

/**
 * The cases behind one figure of the current period: found by the same tally that counted it, then each
 * checked with can(cases.read) (partner, legal referral). References and facts about the case only.
 */
export function drilldown(db: ReadableDB, user: SessionUser, filters: ReportFilters, key: string, now: Date): DrilldownView {
  if (key.startsWith('equality')) throw new AppError('forbidden', 'Equality figures are aggregate only: there are no cases to list behind them.');
  const scope = resolveScope(db, user, filters);
  // Deadlines one by one only when the figure is one of theirs: a year holds some 200,000.
  const ids = casesBehind(loadFacts(db, scope, { from: filters.from, to: filters.to }, filters.category, now, key.startsWith('response:')), key);
  const rows = casesByIds(db, ids);
  const visible = rows.filter((r) => can(user, 'cases.read', { partner: r.partner, legalReferred: r.legalReferred === 1 }));
  return {
    key,
    total: visible.length,
    truncated: visible.length > DRILL_LIMIT,
    cases: visible.slice(0, DRILL_LIMIT).map((r) => ({ id: r.id, ref: r.ref, partner: r.partner, category: r.category, status: r.status, receivedAt: r.receivedAt, restricted: r.restricted === 1 })),
  };
}
