import type { Core } from '../core';
import { requireMeta } from '../db/queries/meta';
import { readSettings } from '../db/queries/settings';
import { appendAudit } from '../security/audit';
import { createBackup, pruneBackups } from './create-backup';

/**
 * The scheduled backup when the app closes (DESIGN §2): only when a backup folder is set and someone is
 * signed in (a locked workspace has no key in memory to verify the copy with). Keeps the newest N.
 */
export function backupOnClose(core: Core): string | null {
  return scheduledBackup(core, 'backup:onClose');
}

/** The same, named for when it happens: on closing, or once a day on an office host (main/office/timers.ts). */
export function scheduledBackup(core: Core, action: 'backup:onClose' | 'backup:daily'): string | null {
  const active = core.sessions.current();
  if (!active) return null;
  const settings = readSettings(active.ws.db);
  if (!settings.backupFolder) return null;
  const result = createBackup(active.ws, settings.backupFolder, { now: core.now(), createdBy: active.user.username });
  pruneBackups(settings.backupFolder, requireMeta(active.ws.db, 'workspace_name'), settings.backupKeep);
  appendAudit(active.ws.db, {
    at: core.now().toISOString(),
    userId: active.user.id,
    username: active.user.username,
    action,
    target: result.path,
    outcome: 'ok',
  });
  return result.path;
}
