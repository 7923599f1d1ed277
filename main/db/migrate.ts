import type { ReadableDB, WritableDB } from './connection';
import { DatabaseFromFutureError } from './errors';
import { MIGRATIONS, type Migration } from './migrations';

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

function assertMonotonic(list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrate: migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}

export function schemaVersion(db: ReadableDB): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Bring the database up to `target` (default: the latest) in one transaction: either every step and the
 * new user_version are committed, or nothing is. A database newer than this code is refused, not touched.
 */
export function migrate(db: WritableDB, target: number = LATEST_VERSION, list: readonly Migration[] = MIGRATIONS): void {
  assertMonotonic(list);
  const current = schemaVersion(db);
  const known = list.at(-1)?.version ?? 0;
  if (current > known) throw new DatabaseFromFutureError(current, known);
  if (current >= target) return;
  const run = db.transaction(() => {
    for (const m of list) {
      if (m.version > current && m.version <= target) m.up(db);
    }
    db.pragma(`user_version = ${Math.trunc(target)}`);
  });
  run.immediate();
  db.pragma('optimize');
}
