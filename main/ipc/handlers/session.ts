import { passphraseProblem } from '../../../shared/passphrase';
import { AppError } from '../../../shared/result';
import { getMeta } from '../../db/queries/meta';
import { setMustChangePassphrase } from '../../db/queries/users';
import { recoveryCheck } from '../../workspace/recovery-key';
import { activeSession, type HandlerMap, staged } from '../handler';

type SessionChannels =
  | 'workspace:status'
  | 'workspace:create'
  | 'workspace:confirmRecoveryKey'
  | 'session:signIn'
  | 'session:unlock'
  | 'session:recover'
  | 'session:whoami'
  | 'session:touch'
  | 'session:lock'
  | 'session:signOut'
  | 'session:changePassphrase';

export const sessionHandlers: HandlerMap<SessionChannels> = {
  'workspace:status': (_input, { core }) => core.sessions.status(),
  'workspace:create': (input, ctx) => {
    const created = ctx.core.sessions.create(input);
    ctx.setAuditTarget(`workspace:${activeSession(ctx).ws.workspaceId}`);
    return created;
  },
  'workspace:confirmRecoveryKey': (input, ctx) => {
    const { ws } = activeSession(ctx);
    if (getMeta(ws.db, 'recovery_check') !== recoveryCheck(ws.workspaceId, input.finalGroup)) {
      throw new AppError('bad-input', 'That is not the last group of the recovery key shown at set-up. Look at your saved copy and try again.');
    }
    ctx.core.sessions.markRecoveryConfirmed();
    return null;
  },
  'session:signIn': (input, ctx) => {
    ctx.setAuditTarget(input.username);
    return ctx.core.sessions.signIn(input.username, input.passphrase);
  },
  'session:unlock': (input, ctx) => {
    ctx.setAuditTarget(ctx.core.sessions.status().lockedUser?.username ?? '');
    return ctx.core.sessions.unlock(input.passphrase);
  },
  'session:recover': (input, ctx) => {
    ctx.setAuditTarget(input.username);
    return ctx.core.sessions.recover(input.recoveryKey, input.username, input.newPassphrase);
  },
  'session:whoami': (_input, { core }) => core.sessions.sessionInfo(),
  'session:touch': () => null,
  // Staged: they close the database. Dispatch writes their event first, while it is still open.
  'session:lock': staged((_input, { core }) => {
    core.sessions.lock('manual');
    return null;
  }),
  'session:signOut': staged((_input, { core }) => {
    core.sessions.signOut();
    return null;
  }),
  // Staged: the key file changes first (it cannot be rolled back with the database); then the flag and
  // the event commit together.
  'session:changePassphrase': staged((input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const problem = passphraseProblem(input.next, user.username);
    if (problem) throw new AppError('bad-input', problem);
    if (input.next === input.current) throw new AppError('bad-input', 'The new passphrase must be different from the current one.');
    ctx.core.sessions.throttle.assertAllowed(user.username);
    try {
      ws.changePassphrase(user.username, input.current, input.next);
    } catch (error) {
      if (error instanceof AppError && error.code === 'wrong-passphrase') {
        ctx.core.sessions.throttle.recordFailure(user.username);
        throw new AppError('wrong-passphrase', 'Your current passphrase is not right, so nothing was changed.');
      }
      throw error;
    }
    ctx.core.sessions.throttle.recordSuccess(user.username);
    ctx.commit(() => setMustChangePassphrase(ws.db, user.id, false));
    ctx.core.sessions.refreshUser();
    return null;
  }),
};
