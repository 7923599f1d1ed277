import { buildEquality, buildMeasures } from '../../shared/reports/measures';
import { type Period, periodBounds, previousPeriod } from '../../shared/reports/period';
import type { EqualityView, Measures, ReportCategory } from '../../shared/schemas/reports';
import { remembered } from '../cache/figures';
import type { ReadableDB } from '../db/connection';
import { nextDueInPeriod } from '../db/queries/reports/facts';
import { loadEquality, loadFacts } from './facts';
import type { ReportScope } from './scope';

/**
 * The report's figures per period, kept while they cannot have changed (issue 17: switching a report's
 * quarter took over a second on 50,000 cases). A report reads two periods (the one asked for and the one
 * before), so the next quarter back finds its own already counted; the quarters looked at again are
 * answered at once.
 *
 * The figures hold while nothing is written (cache/figures.ts) and, as they depend on the time only in
 * whether a deadline is due before now (breached) or not (not yet due), until the period's next deadline
 * falls due. Keyed by the scope's partners and category, so each user sees only their own scope's figures.
 */

const keyOf = (kind: string, scope: ReportScope, period: Period, category: ReportCategory) => JSON.stringify([kind, period.from, period.to, category, scope.partners.map((p) => p.code)]);

/** The measures of one period and scope, as buildMeasures(loadFacts(…)) gives them at `now`. */
export function periodMeasures(db: ReadableDB, scope: ReportScope, period: Period, category: ReportCategory, now: Date): Measures {
  const at = now.toISOString();
  return remembered(db, keyOf('measures', scope, period, category), at, () => ({
    value: buildMeasures(loadFacts(db, scope, period, category, now)),
    // Only whether each deadline is due before now depends on the time: until the next one falls due, nothing does.
    holdsUntil: nextDueInPeriod(db, { ...periodBounds(period), now: at }),
  }));
}

/** The equality counts of one period and scope (they do not depend on the time). */
export function periodEquality(db: ReadableDB, scope: ReportScope, period: Period, category: ReportCategory, now: Date): EqualityView {
  return remembered(db, keyOf('equality', scope, period, category), now.toISOString(), () => ({ value: buildEquality(loadEquality(db, scope, period, category)), holdsUntil: null }));
}

/**
 * After a report is answered, counts the figures the next period back will need and the report has not:
 * that period's equality counts and the measures of the period before it (its own measures were the
 * report's comparison). A board paging back through the quarters then finds each one counted. Run once
 * the answer has gone, and only while the same database is still open (not after a sign-out or lock).
 */
export function countAheadOfTime(db: ReadableDB, stillOpen: () => boolean, scope: ReportScope, period: Period, category: ReportCategory, now: () => Date): void {
  setTimeout(() => {
    if (!stillOpen()) return;
    const back = previousPeriod(period);
    periodEquality(db, scope, back, category, now());
    periodMeasures(db, scope, previousPeriod(back), category, now());
  }, 25).unref();
}
