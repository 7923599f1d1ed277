import { existsSync, renameSync, rmSync } from 'node:fs';
import { AppError } from '../../shared/result';
import { openDatabase } from '../db/connection';
import { DatabaseUnreadableError } from '../db/errors';
import { migrate } from '../db/migrate';
import { getMeta } from '../db/queries/meta';
import { findUserSlot, type Keyring, readKeyring, type Slot, type SlotCost, spendUnlockCost, unlockSlot } from './keyring';
import { fsyncDirectory } from '../fs/atomic-write';
import { OpenWorkspace } from './open-workspace';
import { restrictToOwner, workspaceExists, workspacePaths, type WorkspacePaths } from './paths';

export type Credentials = { username: string; passphrase: string } | { recoveryKey: string };

const WRONG = 'The user name or passphrase is not right. Check Caps Lock and try again.';

function pickSlot(keyring: Keyring, cred: Credentials): Slot {
  const slot = 'recoveryKey' in cred ? keyring.slots.find((s) => s.kind === 'recovery') : findUserSlot(keyring, cred.username);
  // The same message, and the same time spent, whether the name or the passphrase is wrong: neither the
  // answer nor how long it takes confirms who has an account.
  if (!slot) spendUnlockCost(keyring, secretOf(cred));
  if (!slot) throw new AppError('wrong-passphrase', 'recoveryKey' in cred ? 'That recovery key is not right.' : WRONG);
  return slot;
}

function secretOf(cred: Credentials): string {
  return 'recoveryKey' in cred ? cred.recoveryKey : cred.passphrase;
}

function openWith(paths: WorkspacePaths, keyring: Keyring, cred: Credentials, cost?: SlotCost): OpenWorkspace {
  const slot = pickSlot(keyring, cred);
  let masterKey: Buffer;
  try {
    masterKey = unlockSlot(keyring, slot, secretOf(cred)).masterKey;
  } catch (error) {
    if (error instanceof AppError && error.code === 'wrong-passphrase' && 'recoveryKey' in cred) {
      throw new AppError('wrong-passphrase', 'That recovery key is not right.');
    }
    if (error instanceof AppError && error.code === 'wrong-passphrase') throw new AppError('wrong-passphrase', WRONG);
    throw error;
  }
  // Opened shared: a session holding the workspace lock takes the database exclusively afterwards
  // (main/security/session.ts), once the sign-in's worker has closed its own connection.
  const db = openDatabase(paths.db, masterKey);
  try {
    migrate(db);
    const id = getMeta(db, 'workspace_id');
    if (id !== keyring.workspaceId) {
      throw new AppError('integrity', 'The key file and the database belong to different workspaces. Restore both from the same backup.');
    }
  } catch (error) {
    db.close();
    masterKey.fill(0);
    throw asDamaged(error);
  }
  restrictToOwner(paths.dir);
  return new OpenWorkspace(db, masterKey, keyring, paths, cost);
}

/** A page SQLite cannot read after the key opened page 1: the workspace is damaged, said as such (never 'internal'). */
function asDamaged(error: unknown): unknown {
  const code = String((error as { code?: unknown }).code ?? '');
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' ? new DatabaseUnreadableError(`${code}: ${(error as Error).message}`, code) : error;
}

/**
 * Opens the workspace with a user's passphrase or the recovery key. Nothing on disk changes on a wrong
 * passphrase. If a re-key was interrupted (a pending key file exists), whichever key file opens the
 * database wins and the other is retired.
 */
export function unlockWorkspace(dir: string, cred: Credentials, cost?: SlotCost): OpenWorkspace {
  if (!workspaceExists(dir)) throw new AppError('unavailable', `There is no Hearth workspace in ${dir}. Create one first.`);
  const paths = workspacePaths(dir);
  const current = readKeyring(paths.keyring);
  if (!existsSync(paths.pendingKeyring)) return openWith(paths, current, cred, cost);
  try {
    const open = openWith(paths, current, cred, cost);
    rmSync(paths.pendingKeyring, { force: true }); // the re-key never reached the database
    return open;
  } catch (error) {
    if (!(error instanceof DatabaseUnreadableError)) throw error;
    const open = openWith(paths, readKeyring(paths.pendingKeyring), cred, cost);
    renameSync(paths.pendingKeyring, paths.keyring); // the database was re-keyed: finish the swap
    fsyncDirectory(paths.dir);
    return open;
  }
}
