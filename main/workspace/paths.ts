import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** A workspace is a folder holding the encrypted database and the key-slot file beside it. */
export interface WorkspacePaths {
  dir: string;
  db: string;
  keyring: string;
  /** Written before a re-key and promoted after it; see OpenWorkspace.removeUserAndRekey. */
  pendingKeyring: string;
}

export function workspacePaths(dir: string): WorkspacePaths {
  return {
    dir,
    db: join(dir, 'hearth.db'),
    keyring: join(dir, 'keyring.json'),
    pendingKeyring: join(dir, 'keyring.json.pending'),
  };
}

export function workspaceExists(dir: string): boolean {
  const p = workspacePaths(dir);
  return existsSync(p.keyring) && existsSync(p.db);
}

export const timestampForFile = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
