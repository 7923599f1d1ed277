import type Database from 'better-sqlite3-multiple-ciphers';
import type { ReadableDB } from './connection';

type Statement = Database.Statement<unknown[], unknown>;
const byDb = new WeakMap<ReadableDB, Map<string, Statement>>();

/**
 * The statement for this SQL on this database handle, prepared the first time it is asked for. For
 * queries run once per exhibit or per row (a bundle's checks run some 300 times before its worker may
 * start: issue 15), where preparing each time cost more than the query. A closed handle's statements go
 * with it (the map is keyed by the handle).
 */
export function prepared(db: ReadableDB, sql: string): Statement {
  let m = byDb.get(db);
  if (!m) byDb.set(db, (m = new Map()));
  let s = m.get(sql);
  if (!s) m.set(sql, (s = db.prepare<unknown[], unknown>(sql)));
  return s;
}
