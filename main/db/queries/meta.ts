import type { ReadableDB, WritableDB } from '../connection';
import { prepared } from '../statements';

/** Workspace facts kept inside the encrypted file (name, id, audit key, recovery-key check). */
export type MetaKey = 'workspace_id' | 'workspace_name' | 'created_at' | 'audit_key' | 'recovery_check' | 'recovery_confirmed_at' | 'audit_verified';

export function getMeta(db: ReadableDB, key: MetaKey): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setMeta(db: WritableDB, key: MetaKey, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function requireMeta(db: ReadableDB, key: MetaKey): string {
  const value = getMeta(db, key);
  if (value === null) throw new Error(`getMeta: the workspace has no ${key}; it was not created by Hearth`);
  return value;
}

/** Whether the database has a table of this name (a database from before the migration that made it has not). */
export function hasTable(db: ReadableDB, name: string): boolean {
  return prepared(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/** SQLite's running count of rows this connection has changed: read before and after a change, how much it wrote. */
export function totalChanges(db: ReadableDB): number {
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}
