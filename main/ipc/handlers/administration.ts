import { AppError } from '../../../shared/result';
import type { BackupStatus } from '../../../shared/schemas/admin';
import { lastSuccessfulEvent } from '../../db/queries/audit';
import { readSettings } from '../../db/queries/settings';
import { findCurrentUserById, setMustChangePassphrase } from '../../db/queries/users';
import { BACKUP_ACTIONS } from '../../doctor/database-checks';
import { newOneTimePassphrase } from '../../security/one-time-passphrase';
import { activeSession, type HandlerMap, staged } from '../handler';

type AdministrationChannels = 'users:resetPassphrase' | 'backup:status';

const WEEK_MS = 7 * 24 * 60 * 60_000;

export const administrationHandlers: HandlerMap<AdministrationChannels> = {
  /**
   * A new key slot for the person under a one-time passphrase, sealed with the workspace key this session
   * holds, so they keep their access; their old slot (and passphrase) is gone. Staged so the order is safe:
   * "must change" and the audit event (target only, never the passphrase) commit first, then the key file
   * is written. If that write fails, the old passphrase still opens (the person is only asked to choose a
   * new one), rather than a key file that took a passphrase nobody was shown.
   */
  'users:resetPassphrase': staged((input, ctx) => {
    const { ws, user: me } = activeSession(ctx);
    const target = findCurrentUserById(ws.db, input.userId);
    if (!target) throw new AppError('not-found', 'That user no longer exists.');
    ctx.setAuditTarget(`user:${target.id}`);
    if (target.id === me.id) throw new AppError('conflict', 'To change your own passphrase, use Change passphrase: a reset is for someone else’s.');
    const oneTime = newOneTimePassphrase(target.username);
    ctx.commit(() => setMustChangePassphrase(ws.db, target.id, true));
    ws.replaceUserSlot(target.username, oneTime);
    // A wait earned by wrong guesses at the old passphrase does not apply to the new one.
    ctx.core.sessions.throttle.recordSuccess(target.username);
    return { username: target.username, oneTimePassphrase: oneTime };
  }),

  'backup:status': (_input, ctx) => {
    const { db } = activeSession(ctx).ws;
    const folder = readSettings(db).backupFolder;
    const last = lastSuccessfulEvent(db, BACKUP_ACTIONS);
    const old = last !== null && ctx.core.now().getTime() - new Date(last.at).getTime() > WEEK_MS;
    const warning: BackupStatus['warning'] = !folder ? 'no-folder' : !last ? 'never' : old ? 'old' : null;
    return { folder, lastBackupAt: last?.at ?? null, warning };
  },
};
