import type { Command } from 'commander';
import { call, note, print, withContext } from '../context';
import { CliFailure } from '../exit-codes';
import { nameAndFullName } from '../format';
import { type CliIo, readSecret } from '../io';

interface InitOptions {
  admin: string;
  displayName?: string;
  name: string;
}

export function registerInit(program: Command, io: CliIo): void {
  program
    .command('init')
    .description('create a new encrypted workspace and its first administrator, and print the recovery key')
    .requiredOption('--admin <name>', 'user name of the first administrator (lower-case, e.g. ada)')
    .option('--display-name <full name>', "the administrator's full name (default: the user name)")
    .option('--name <workspace name>', 'a name for the workspace, e.g. the office', 'Hearth workspace')
    .addHelpText('after', '\nThe passphrase comes from HEARTH_PASSPHRASE, or is asked for (twice, not shown) in a terminal.')
    .action((options: InitOptions, command: Command) =>
      withContext(io, command, async (ctx) => {
        // Before asking for a passphrase: typing one twice only to hear the folder is taken wastes the person's time.
        if ((await call(ctx, 'workspace:status', {})).exists) {
          throw new CliFailure('conflict', `There is already a Hearth workspace in ${ctx.dir}.`);
        }
        const passphrase = await readSecret(ctx.io, {
          envVar: 'HEARTH_PASSPHRASE',
          question: `Choose a passphrase for ${options.admin} (at least 12 characters; three random words work well): `,
          choosingFor: options.admin,
        });
        const created = await call(ctx, 'workspace:create', {
          workspaceName: options.name,
          admin: { username: options.admin, displayName: options.displayName ?? options.admin, passphrase },
        });
        const { user, workspaceName } = created.session;
        print(
          ctx,
          [
            `Created the Hearth workspace "${workspaceName}" in ${ctx.dir}, with ${nameAndFullName(user)} as its administrator.`,
            '',
            'Recovery key:',
            '',
            `    ${created.recoveryKey}`,
            '',
          ].join('\n'),
          { workspace: ctx.dir, workspaceName, admin: { username: user.username, displayName: user.displayName }, recoveryKey: created.recoveryKey },
        );
        note(
          ctx,
          'The recovery key is shown this once: Hearth keeps no copy it could show again. Write it down or print it and ' +
            'keep it locked away from this computer. It opens the workspace if every administrator forgets their passphrase.',
        );
      }),
    );
}
