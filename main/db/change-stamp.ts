import type { ReadableDB } from './connection';

/**
 * A stamp that changes whenever the data may have changed, for caches of figures computed from the
 * database (the monitoring report's per-period measures): this connection's row changes
 * (`total_changes()`), less the audit log's own rows, which every request adds and no figure reads, with
 * `PRAGMA data_version`, which moves when another connection (the deadline-refresh worker) commits.
 * A change the stamp cannot tell from another is counted as one: a cache keyed on it recomputes more
 * often than it must, never less.
 */

const bookkeeping = new WeakMap<ReadableDB, number>();

/** Counts rows written that no cached figure reads (the audit log's), so they leave the stamp alone. */
export function noteBookkeepingRows(db: ReadableDB, rows: number): void {
  bookkeeping.set(db, (bookkeeping.get(db) ?? 0) + rows);
}

export function changeStamp(db: ReadableDB): string {
  const own = (db.prepare('SELECT total_changes()').pluck().get() as number) - (bookkeeping.get(db) ?? 0);
  return `${db.pragma('data_version', { simple: true }) as number}:${own}`;
}
