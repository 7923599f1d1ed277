import type { DB } from '../connection';

/** Workspace facts kept inside the encrypted file (name, id, audit key, recovery-key check). */
export type MetaKey = 'workspace_id' | 'workspace_name' | 'created_at' | 'audit_key' | 'recovery_check' | 'recovery_confirmed_at';

export function getMeta(db: DB, key: MetaKey): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

export function setMeta(db: DB, key: MetaKey, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function requireMeta(db: DB, key: MetaKey): string {
  const value = getMeta(db, key);
  if (value === null) throw new Error(`getMeta: the workspace has no ${key}; it was not created by Hearth`);
  return value;
}
