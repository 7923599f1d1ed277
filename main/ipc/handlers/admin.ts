import { isAbsolute } from 'node:path';
import { AppError } from '../../../shared/result';
import { readSettings, writeSettings } from '../../db/queries/settings';
import { createBackup } from '../../backup/create-backup';
import { prepareRestore } from '../../backup/restore-backup';
import { databaseChecks } from '../../doctor/database-checks';
import { listAudit, rememberVerified, verifyChain, verifyChainSince } from '../../security/audit';
import { activeSession, type HandlerMap, staged } from '../handler';

type AdminChannels = 'settings:get' | 'settings:update' | 'backup:create' | 'backup:restore' | 'audit:verify' | 'audit:list' | 'workspace:doctor';

function requireAbsolute(path: string, what: string): string {
  if (!isAbsolute(path)) throw new AppError('bad-input', `The ${what} must be a full path, such as D:\\Hearth backups or /media/usb/hearth.`);
  return path;
}

export const adminHandlers: HandlerMap<AdminChannels> = {
  'settings:get': (_input, ctx) => readSettings(activeSession(ctx).ws.db),
  'settings:update': (input, ctx) => {
    if (input.backupFolder) requireAbsolute(input.backupFolder, 'backup folder');
    return writeSettings(activeSession(ctx).ws.db, input);
  },

  // Staged: VACUUM INTO cannot run inside a transaction; the event is written before the answer leaves.
  'backup:create': staged((input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const folder = input.folder ?? readSettings(ws.db).backupFolder;
    if (!folder) throw new AppError('bad-input', 'Choose a backup folder first (Settings → Backups), or give one here.');
    const result = createBackup(ws, requireAbsolute(folder, 'backup folder'), { now: ctx.core.now(), createdBy: user.username });
    ctx.setAuditTarget(result.path);
    return result;
  }),

  // Staged: the live workspace is closed and swapped; the event is written into the restored one at the
  // next sign-in.
  'backup:restore': staged((input, ctx) => {
    const { user } = activeSession(ctx);
    ctx.setAuditTarget(input.path);
    const prepared = prepareRestore(ctx.core.sessions.dir, requireAbsolute(input.path, 'backup file'), { username: user.username, passphrase: input.passphrase }, ctx.core.now());
    // Every check has passed; only now is the live workspace closed and swapped. Everyone signs in again.
    ctx.core.sessions.signOut();
    return prepared.commit();
  }),

  // Home asks for the quick check each time it is shown; the audit page and the CLI walk the whole chain,
  // and a whole chain found intact is where the next quick check starts.
  'audit:verify': (input, ctx) => {
    const { db } = activeSession(ctx).ws;
    if (input.sinceLastCheck) return verifyChainSince(db);
    const whole = verifyChain(db);
    if (whole.ok) rememberVerified(db, whole.head);
    return whole;
  },
  'audit:list': (input, ctx) => listAudit(activeSession(ctx).ws.db, input.limit, input.beforeSeq),
  'workspace:doctor': (_input, ctx) => databaseChecks(activeSession(ctx).ws),
};
