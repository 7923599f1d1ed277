import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { AppError } from '../../shared/result';
import type { AuditHead } from '../../shared/schemas/admin';
import { openDatabase } from '../db/connection';
import { LATEST_VERSION, schemaVersion } from '../db/migrate';
import { findCurrentUserByName } from '../db/queries/users';
import { fsyncDirectory } from '../fs/atomic-write';
import { findUserSlot, parseKeyring, readKeyring, unlockSlot, writeKeyring } from '../workspace/keyring';
import { timestampForFile, workspaceExists, workspacePaths } from '../workspace/paths';
import { type BackupHeader, extractDatabase, readContainer } from './container';
import { verifySnapshot } from './create-backup';
import { damagedInside, storageFailure } from './failures';

export interface RestoreResult {
  restoredFrom: string;
  auditHead: AuditHead;
  /** Where the workspace that was replaced now lives: restore never destroys the live data. */
  keptPrevious: string;
}

/**
 * Restoring happens in two steps so the live workspace stays open and untouched until every check has
 * passed. `prepareRestore` checks the container (magic, length, checksums), that the backup belongs to
 * this workspace, that the person restoring was an admin in the backup (their passphrase there opens it),
 * SQLite's integrity check and the audit chain, and stages the database beside the live one.
 * `commit()` then moves the live database aside (kept, never deleted) and renames the restored one in.
 * The caller closes the live workspace between the two (Windows cannot rename an open file).
 */
export interface PreparedRestore {
  header: BackupHeader;
  commit(): RestoreResult;
  discard(): void;
}

/** The backup's database is the one its description names, and the person restoring was an admin in it. */
function checkWhoRestores(staged: string, masterKey: Buffer, header: BackupHeader, username: string, label: string): void {
  let check;
  try {
    check = openDatabase(staged, masterKey, { readonly: true });
  } catch (error) {
    throw damagedInside(label, error);
  }
  try {
    if (schemaVersion(check) !== header.schemaVersion) throw new AppError('integrity', 'The database inside the backup does not match its description.');
    const who = findCurrentUserByName(check, username);
    if (!who || who.role !== 'admin') throw new AppError('forbidden', `Only an administrator can restore a backup, and ${username} was not one when it was made.`);
  } catch (error) {
    throw damagedInside(label, error);
  } finally {
    check.close();
  }
}

/** The live key file, or null when it is unreadable: a damaged key file is a reason to restore, not a bar. */
function liveKeyring(path: string) {
  try {
    return readKeyring(path);
  } catch {
    return null;
  }
}

export function prepareRestore(dir: string, file: string, cred: { username: string; passphrase: string }, now: Date): PreparedRestore {
  const parsed = readContainer(file);
  const { header } = parsed;
  const paths = workspacePaths(dir);
  const live = workspaceExists(dir) ? liveKeyring(paths.keyring) : null;
  if (live && live.workspaceId !== header.workspaceId) {
    throw new AppError('integrity', `This backup belongs to another workspace ("${header.workspaceName}", made ${header.createdAt.slice(0, 10)}). Hearth will not mix workspaces.`);
  }
  if (header.schemaVersion > LATEST_VERSION) {
    throw new AppError('integrity', `This backup was made by a newer version of Hearth (data version ${header.schemaVersion}). Install it to restore this backup.`);
  }
  const keyring = parseKeyring(header.keyring);
  if (!keyring || keyring.workspaceId !== header.workspaceId) throw new AppError('integrity', 'The key file inside the backup is damaged.');
  const slot = findUserSlot(keyring, cred.username);
  if (!slot) throw new AppError('wrong-passphrase', `${cred.username} had no account when this backup was made. Use the passphrase of an administrator at that time.`);
  const { masterKey } = unlockSlot(keyring, slot, cred.passphrase);

  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const staged = `${paths.db}.restore-${randomBytes(6).toString('hex')}`;
  const label = `The backup ${file}`;
  try {
    try {
      extractDatabase(file, parsed, staged);
    } catch (error) {
      throw storageFailure(error, dir, 'unpack the backup beside the workspace') ?? error;
    }
    verifySnapshot(staged, masterKey, header.auditHead, label);
    checkWhoRestores(staged, masterKey, header, cred.username, label);
  } catch (error) {
    rmSync(staged, { force: true });
    throw error;
  } finally {
    masterKey.fill(0);
  }

  return {
    header,
    discard: () => rmSync(staged, { force: true }),
    commit: () => {
      const stamp = timestampForFile(now);
      const keptPrevious = `${paths.db}.before-restore-${stamp}`;
      if (existsSync(paths.db)) {
        renameSync(paths.db, keptPrevious);
        for (const side of ['-wal', '-shm']) if (existsSync(paths.db + side)) renameSync(paths.db + side, keptPrevious + side);
      }
      if (existsSync(paths.keyring)) renameSync(paths.keyring, `${paths.keyring}.before-restore-${stamp}`);
      rmSync(paths.pendingKeyring, { force: true });
      renameSync(staged, paths.db);
      writeKeyring(paths.keyring, keyring);
      fsyncDirectory(dir);
      return { restoredFrom: file, auditHead: header.auditHead, keptPrevious };
    },
  };
}
