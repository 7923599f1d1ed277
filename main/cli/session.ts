import type { SessionInfo } from '../../shared/schemas/session';
import { call, type CliContext } from './context';
import { CliFailure } from './exit-codes';
import { readSecret } from './io';

export interface SignedIn {
  info: SessionInfo;
  /** Kept for `restore`, which must prove the same person was an administrator in the backup. */
  passphrase: string;
}

/** The user a command acts as: --user, else HEARTH_USER. There is no default: who acted goes in the audit log. */
export function requireUser(ctx: CliContext): string {
  if (ctx.user) return ctx.user;
  throw new CliFailure('bad-input', 'Say who is signing in: give --user NAME or set HEARTH_USER.');
}

/**
 * Signs in through session:signIn, exactly as the sign-in screen does, so the CLI gets the same passphrase
 * check, throttle and audit event. The workspace is checked first so a wrong folder is reported before
 * anyone is asked for a passphrase.
 */
export async function signIn(ctx: CliContext): Promise<SignedIn> {
  const username = requireUser(ctx);
  const status = await call(ctx, 'workspace:status', {});
  if (!status.exists) {
    throw new CliFailure('unavailable', `There is no Hearth workspace in ${ctx.dir}: give --workspace DIR, or create one with hearth init.`);
  }
  const passphrase = await readSecret(ctx.io, { envVar: 'HEARTH_PASSPHRASE', question: `Passphrase for ${username}: ` });
  const info = await call(ctx, 'session:signIn', { username, passphrase });
  return { info, passphrase };
}
