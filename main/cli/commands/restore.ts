import { resolve } from 'node:path';
import type { Command } from 'commander';
import { prepareRestore } from '../../backup/restore-backup';
import { asFailure, call, type CliContext, note, print, withContext } from '../context';
import { type CliIo, envValue, readSecret } from '../io';
import { requireUser, signIn } from '../session';

export function registerRestore(program: Command, io: CliIo): void {
  program
    .command('restore')
    .description('replace the workspace with a backup, after checking the backup completely')
    .argument('<file>', 'the .hbk backup file')
    .addHelpText(
      'after',
      '\nAn administrator restores, with the passphrase they had when the backup was made (HEARTH_PASSPHRASE, or' +
        '\nHEARTH_BACKUP_PASSPHRASE if it has changed since). The workspace it replaces is kept beside it, never deleted.' +
        '\nInto a folder with no workspace yet (a new computer), give --workspace DIR and --user NAME.',
    )
    .action((file: string, _options: unknown, command: Command) =>
      withContext(io, command, async (ctx) => {
        const path = resolve(ctx.io.cwd, file);
        const exists = (await call(ctx, 'workspace:status', {})).exists;
        if (exists) await restoreOverLive(ctx, path);
        else await restoreIntoEmpty(ctx, path);
      }),
    );
}

/** The usual case: sign in, then backup:restore, which checks the backup and swaps only once every check passed. */
async function restoreOverLive(ctx: CliContext, path: string): Promise<void> {
  const { passphrase } = await signIn(ctx);
  const restored = await call(ctx, 'backup:restore', { path, passphrase: envValue(ctx.io, 'HEARTH_BACKUP_PASSPHRASE') ?? passphrase });
  print(ctx, `Restored the workspace from ${restored.restoredFrom} (audit log up to event ${restored.auditHead.seq}).`, restored);
  note(ctx, `The workspace it replaced is kept at ${restored.keptPrevious}. Everyone signs in again.`);
}

/**
 * A folder with no workspace (a new or rebuilt computer) has nobody to sign in as, so there is no session
 * to dispatch with. prepareRestore makes the same checks backup:restore does (the container, that the
 * passphrase opens an administrator's slot in the backup, integrity_check, the audit chain) before commit.
 */
async function restoreIntoEmpty(ctx: CliContext, path: string): Promise<void> {
  const username = requireUser(ctx);
  const passphrase = await readSecret(ctx.io, {
    envVar: envValue(ctx.io, 'HEARTH_BACKUP_PASSPHRASE') ? 'HEARTH_BACKUP_PASSPHRASE' : 'HEARTH_PASSPHRASE',
    question: `Passphrase ${username} had when the backup was made: `,
  });
  let restored;
  try {
    const prepared = prepareRestore(ctx.dir, path, { username, passphrase }, ctx.core.now());
    restored = prepared.commit();
  } catch (error) {
    throw asFailure(error);
  }
  print(ctx, `Restored a workspace into ${ctx.dir} from ${restored.restoredFrom} (audit log up to event ${restored.auditHead.seq}).`, {
    ...restored,
    keptPrevious: null,
  });
}
