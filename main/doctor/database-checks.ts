import { existsSync } from 'node:fs';
import type { DoctorOutput } from '../../shared/schemas/admin';
import { integrityCheck } from '../db/connection';
import { lastSuccessfulEvent } from '../db/queries/audit';
import { listCurrentUsers } from '../db/queries/users';
import { verifyChain } from '../security/audit';
import type { OpenWorkspace } from '../workspace/open-workspace';

/** A page SQLite cannot read (SQLITE_CORRUPT) is a finding to report, not a crash of the check. */
function unreadableAsFailure<T>(run: () => T, failed: (detail: string) => T): T {
  try {
    return run();
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? '');
    if (!code.startsWith('SQLITE_')) throw error;
    return failed(`SQLite cannot read part of the database (${code}: ${(error as Error).message})`);
  }
}

/** The audit actions that record a backup made (by the app, the CLI, or on closing). */
export const BACKUP_ACTIONS = ['backup:create', 'backup:onClose'];

/**
 * `hearth doctor`'s checks that need the open database (workspace:doctor): SQLite's integrity_check of the
 * live file, the whole audit chain, the newest backup the audit log records, and whether the key slots and
 * the current users agree. Reads only; the channel's own audit event is the one write.
 */
export function databaseChecks(ws: OpenWorkspace): DoctorOutput {
  const check = unreadableAsFailure(() => integrityCheck(ws.db), (detail) => ({ ok: false, detail }));
  const audit = unreadableAsFailure(
    () => verifyChain(ws.db),
    (detail) => ({ ok: false, checked: 0, head: { seq: 0, hash: '' }, problem: `The audit log cannot be read to the end: ${detail}.`, from: 0 }),
  );
  const row = lastSuccessfulEvent(ws.db, BACKUP_ACTIONS);
  const users = listCurrentUsers(ws.db).map((u) => u.username);
  const slotNames = ws.keyring.slots.filter((s) => s.kind === 'user').map((s) => s.username ?? '');
  return {
    database: check,
    audit,
    lastBackup: row ? { at: row.at, path: row.target, fileFound: row.target !== null && existsSync(row.target) } : null,
    slots: {
      usersWithoutSlot: users.filter((u) => !slotNames.includes(u)),
      slotsWithoutUser: slotNames.filter((n) => !users.includes(n)),
    },
  };
}
