import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** A workspace is a folder holding the encrypted database and the key-slot file beside it. */
export interface WorkspacePaths {
  dir: string;
  db: string;
  keyring: string;
  /** Written before a re-key and promoted after it; see OpenWorkspace.removeUserAndRekey. */
  pendingKeyring: string;
  /** One process per workspace: who holds it (main/workspace/lock.ts). Never part of a backup. */
  lock: string;
  /** Wrong-passphrase counters per user name, readable before the database is open (security/throttle.ts). */
  throttle: string;
}

export function workspacePaths(dir: string): WorkspacePaths {
  return {
    dir,
    db: join(dir, 'hearth.db'),
    keyring: join(dir, 'keyring.json'),
    pendingKeyring: join(dir, 'keyring.json.pending'),
    lock: join(dir, 'hearth.lock'),
    throttle: join(dir, 'sign-in-attempts.json'),
  };
}

export function workspaceExists(dir: string): boolean {
  const p = workspacePaths(dir);
  return existsSync(p.keyring) && existsSync(p.db);
}

export const timestampForFile = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');

/**
 * Owner-only modes (issue 13): the folder 0700, the files in it 0600. New files are created that way;
 * this also tightens a workspace made by an older Hearth, or a folder someone made by hand. Windows keeps
 * its own ACLs (chmod there only toggles read-only, which 0600 leaves off).
 */
export function restrictToOwner(dir: string): void {
  const p = workspacePaths(dir);
  const set = (path: string, mode: number) => {
    try {
      if (existsSync(path)) chmodSync(path, mode);
    } catch {
      // A file we do not own (restored by another account): reading still works; nothing to fix here.
    }
  };
  set(dir, 0o700);
  for (const file of [p.db, `${p.db}-wal`, `${p.db}-shm`, p.keyring, p.pendingKeyring, p.lock, p.throttle]) set(file, 0o600);
}
