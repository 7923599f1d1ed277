import { changeStamp } from '../db/change-stamp';
import type { ReadableDB } from '../db/connection';

/**
 * Figures counted from the database, kept while they cannot have changed (issue 17: the report's quarter
 * switch and the deadlines dashboard counted tens of thousands of rows on every visit). An entry holds
 * while the database is unchanged (db/change-stamp.ts: any write but the audit log's) and, for figures
 * that depend on the time, from when they were counted until `holdsUntil` (the next moment one of them
 * would change, an ISO instant compared as the SQL compares times). So a figure answered from here is the
 * one a fresh count would give; only the work is saved. Per database handle, so signing out drops it.
 */

interface Entry {
  stamp: string;
  countedAt: string;
  holdsUntil: string | null;
  value: unknown;
}

const caches = new WeakMap<ReadableDB, Map<string, Entry>>();
/** A few dozen entries (periods, scopes) are a few megabytes at most. */
const MAX_ENTRIES = 48;

/**
 * The figures under `key` counted at `now` (ISO): from the cache when they still hold, else counted by
 * `count` (which says until when they hold: null for as long as the data is unchanged).
 */
export function remembered<T>(db: ReadableDB, key: string, now: string, count: () => { value: T; holdsUntil: string | null }): T {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const stamp = changeStamp(db);
  const hit = cache.get(key);
  cache.delete(key); // re-inserted below: the Map's order is least recently used first
  if (hit && hit.stamp === stamp && now >= hit.countedAt && (hit.holdsUntil === null || now <= hit.holdsUntil)) {
    cache.set(key, hit);
    return hit.value as T;
  }
  const { value, holdsUntil } = count();
  cache.set(key, { stamp, countedAt: now, holdsUntil, value });
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return value;
}
