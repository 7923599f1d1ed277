import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/result';
import type { AuditHead } from '../../shared/schemas/admin';
import { integrityCheck, openDatabase, type ReadableDB, snapshotTo } from '../db/connection';
import { schemaVersion } from '../db/migrate';
import { auditHashAt } from '../db/queries/audit';
import { requireMeta } from '../db/queries/meta';
import { fsyncDirectory } from '../fs/atomic-write';
import { auditHead, verifyChain } from '../security/audit';
import type { OpenWorkspace } from '../workspace/open-workspace';
import { timestampForFile } from '../workspace/paths';
import { readContainer, sha256OfFile, writeContainer } from './container';
import { damagedInside, integrityProblems, storageFailure } from './failures';

export interface BackupResult {
  path: string;
  bytes: number;
  auditHead: AuditHead;
}

const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'workspace';

/**
 * DESIGN §2: an encrypted copy written to a temp name, verified (opens with the key, integrity_check,
 * audit chain intact up to the recorded head), then given a name nobody else has. A failure leaves no
 * half-written .hbk, and a full or read-only disk is said in words.
 */
export function createBackup(ws: OpenWorkspace, folder: string, opts: { now: Date; createdBy: string }): BackupResult {
  const base = `hearth-${slug(requireMeta(ws.db, 'workspace_name'))}-${timestampForFile(opts.now)}`;
  const tag = randomBytes(6).toString('hex');
  const dbCopy = join(folder, `.${base}.${tag}.db`);
  const tempContainer = join(folder, `.${base}.${tag}.tmp`);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    // Made 0600 by us: VACUUM INTO accepts an empty file, and SQLite would otherwise create it 0644.
    closeSync(openSync(dbCopy, 'wx', 0o600));
    snapshotTo(ws.db, dbCopy); // VACUUM INTO: consistent, and encrypted under the same key
    const head = snapshotHead(ws.db, dbCopy, ws.masterKey);
    writeContainer(
      tempContainer,
      {
        format: 'hearth-backup',
        version: 1,
        workspaceId: ws.workspaceId,
        workspaceName: requireMeta(ws.db, 'workspace_name'),
        createdAt: opts.now.toISOString(),
        createdBy: opts.createdBy,
        schemaVersion: schemaVersion(ws.db),
        auditHead: head,
        keyring: ws.keyring,
        database: { bytes: statSync(dbCopy).size, sha256: sha256OfFile(dbCopy) },
      },
      dbCopy,
    );
    readContainer(tempContainer); // read back what reached the disk before it takes a real name
    const finalPath = claimName(folder, base, '.hbk');
    try {
      renameSync(tempContainer, finalPath);
    } catch (error) {
      rmSync(finalPath, { force: true }); // our own empty placeholder, never someone else's file
      throw error;
    }
    fsyncDirectory(folder);
    return { path: finalPath, bytes: statSync(finalPath).size, auditHead: head };
  } catch (error) {
    throw storageFailure(error, folder, 'write the backup') ?? error;
  } finally {
    rmSync(dbCopy, { force: true });
    rmSync(tempContainer, { force: true });
  }
}

/**
 * The audit head that belongs to the snapshot. VACUUM INTO runs in a read transaction of its own and
 * SQLite refuses it inside any other ("cannot VACUUM from within a transaction"), so the head cannot be
 * read beside it in one: it is read from the snapshot itself, which is that same transaction's view by
 * construction. Reading it from the live database afterwards (as before) recorded events written by
 * another connection meanwhile, and the backup then failed with a false "events were removed from the
 * end" (issue 13, finding 3). The live log must still hold that event, unchanged: it only ever grows.
 */
function snapshotHead(live: ReadableDB, copyPath: string, key: Buffer): AuditHead {
  const head = verifySnapshot(copyPath, key, undefined, 'The backup copy just made');
  if (head.seq > 0) {
    if (auditHashAt(live, head.seq) !== head.hash) throw new AppError('integrity', `The backup copy ends at audit event ${head.seq}, which the live audit log does not hold unchanged: run hearth audit verify.`);
  }
  return head;
}

/**
 * Reserves `<base>.hbk`, or `<base>-2.hbk`, `-3`… with an exclusive create (wx), so backups made in the
 * same second (names have one-second resolution) never replace one another. The empty placeholder is
 * then replaced by the verified container in one rename.
 */
export function claimName(folder: string, base: string, ext: string): string {
  for (let n = 1; n < 1000; n += 1) {
    const path = join(folder, n === 1 ? `${base}${ext}` : `${base}-${n}${ext}`);
    try {
      closeSync(openSync(path, 'wx', 0o600));
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new AppError('conflict', `There are already 999 backups named ${base} in ${folder}: choose another folder.`);
}

/**
 * Opens a database copy with the key and checks it fully; throws AppError('integrity') saying what is
 * wrong, whatever SQLite throws. Returns the audit head it was checked against (its own, when none given).
 */
export function verifySnapshot(path: string, key: Buffer, head: AuditHead | undefined, label = 'The backup copy'): AuditHead {
  let copy: ReadableDB;
  try {
    copy = openDatabase(path, key, { readonly: true });
  } catch (error) {
    throw damagedInside(label, error);
  }
  try {
    const check = integrityCheck(copy);
    if (!check.ok) throw new AppError('integrity', `${label} failed SQLite's integrity check (${integrityProblems(check.detail)}). Use another backup.`);
    const expected = head ?? auditHead(copy);
    const chain = verifyChain(copy, expected);
    if (!chain.ok) throw new AppError('integrity', `The audit log in ${label.replace(/^The /, 'the ')} is broken: ${chain.problem}`);
    return expected;
  } catch (error) {
    throw damagedInside(label, error);
  } finally {
    copy.close();
  }
}

const NAME = /^hearth-(.+)-(\d{8}-\d{6})(?:-(\d+))?\.hbk$/;

/** Keeps the newest `keep` scheduled backups of this workspace in the folder; never touches other files. */
export function pruneBackups(folder: string, workspaceName: string, keep: number): string[] {
  const ours = readdirSync(folder)
    .map((f) => ({ f, m: f.match(NAME) }))
    .filter((x) => x.m?.[1] === slug(workspaceName))
    // Newest first: by time, then by the suffix a second backup in the same second got.
    .sort((a, b) => (b.m![2]!).localeCompare(a.m![2]!) || Number(b.m![3] ?? 1) - Number(a.m![3] ?? 1))
    .map((x) => x.f);
  const removed = ours.slice(keep);
  for (const f of removed) rmSync(join(folder, f), { force: true });
  return removed;
}
