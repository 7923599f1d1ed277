import { buildEquality, buildMeasures } from '../../shared/reports/measures';
import { type Period, periodBounds } from '../../shared/reports/period';
import type { EqualityView, Measures, ReportCategory } from '../../shared/schemas/reports';
import { changeStamp } from '../db/change-stamp';
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
 * An entry holds while the database is unchanged (db/change-stamp.ts: any write but the audit log's) and,
 * for the figures that depend on the time (a deadline "due before now" is breached, otherwise not yet
 * due), until the period's next deadline falls due. So a cached figure is always the one a fresh count
 * would give; only the work is saved. Per database handle, so signing out drops it; keyed by the scope's
 * partners and category, so each user sees only the figures of their own scope.
 */

interface Entry<T> {
  stamp: string;
  /** The time the figures were counted for, and the last time they hold (ISO, compared as the SQL does). */
  countedAt: string;
  holdsUntil: string | null;
  value: T;
}

type Cache = Map<string, Entry<Measures | EqualityView>>;
const caches = new WeakMap<ReadableDB, Cache>();
/** A board looks at a handful of periods; a few dozen entries are a few megabytes at most. */
const MAX_ENTRIES = 32;

const keyOf = (kind: string, scope: ReportScope, period: Period, category: ReportCategory) => JSON.stringify([kind, period.from, period.to, category, scope.partners.map((p) => p.code)]);

function remembered<T extends Measures | EqualityView>(db: ReadableDB, key: string, now: string, compute: () => { value: T; holdsUntil: string | null }): T {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const stamp = changeStamp(db);
  const hit = cache.get(key) as Entry<T> | undefined;
  if (hit && hit.stamp === stamp && now >= hit.countedAt && (hit.holdsUntil === null || now <= hit.holdsUntil)) {
    // Most recently used last: the first entry is the one to drop when full.
    cache.delete(key);
    cache.set(key, hit);
    return hit.value;
  }
  const { value, holdsUntil } = compute();
  cache.delete(key);
  cache.set(key, { stamp, countedAt: now, holdsUntil, value });
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return value;
}

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
