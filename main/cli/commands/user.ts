import { type Command, Option } from 'commander';
import { ROLE_LABELS, ROLES, type Role } from '../../../shared/roles';
import type { UserRecord } from '../../../shared/schemas/admin';
import { call, type CliContext, note, print, withContext } from '../context';
import { CliFailure } from '../exit-codes';
import { nameAndFullName } from '../format';
import { type CliIo, readSecret } from '../io';
import { signIn } from '../session';

export function registerUser(program: Command, io: CliIo): void {
  const user = program.command('user').description('add, list and remove the people who can sign in');

  user
    .command('add')
    .description('add a user with a temporary passphrase they change at first sign-in')
    .argument('<name>', 'their user name (lower-case, e.g. sam.jones)')
    .addOption(new Option('--role <role>', 'what they may do').choices(ROLES).makeOptionMandatory())
    .option('--display-name <full name>', 'their full name (default: the user name)')
    .addHelpText('after', '\nThe temporary passphrase comes from HEARTH_NEW_PASSPHRASE, or is asked for (twice, not shown) in a terminal.')
    .action((name: string, options: { role: Role; displayName?: string }, command: Command) =>
      withContext(io, command, async (ctx) => {
        await signIn(ctx);
        const passphrase = await readSecret(ctx.io, {
          envVar: 'HEARTH_NEW_PASSPHRASE',
          question: `Temporary passphrase for ${name}: `,
          choosingFor: name,
        });
        const added = await call(ctx, 'users:add', { username: name, displayName: options.displayName ?? name, role: options.role, passphrase });
        print(ctx, `Added ${nameAndFullName(added)} as ${ROLE_LABELS[added.role]}.`, added);
        note(ctx, `Give ${added.username} the temporary passphrase in person: Hearth asks them to choose their own when they first sign in.`);
      }),
    );

  user
    .command('list')
    .description('list the current users and their roles')
    .action((_options: unknown, command: Command) =>
      withContext(io, command, async (ctx) => {
        await signIn(ctx);
        const users = await call(ctx, 'users:list', {});
        print(ctx, table(users), users);
      }),
    );

  user
    .command('passphrase')
    .description('choose your own passphrase (needed once after an administrator set a temporary one)')
    .addHelpText('after', '\nThe current passphrase comes from HEARTH_PASSPHRASE and the new one from HEARTH_NEW_PASSPHRASE, or both are asked for in a terminal.')
    .action((_options: unknown, command: Command) =>
      withContext(io, command, async (ctx) => {
        const { info, passphrase } = await signIn(ctx);
        const next = await readSecret(ctx.io, { envVar: 'HEARTH_NEW_PASSPHRASE', question: `New passphrase for ${info.user.username}: `, choosingFor: info.user.username });
        await call(ctx, 'session:changePassphrase', { current: passphrase, next });
        print(ctx, `Changed the passphrase for ${info.user.username}.`, { username: info.user.username, changed: true });
      }),
    );

  user
    .command('reset-passphrase')
    .description('give someone a one-time passphrase (shown once) when they have forgotten theirs')
    .argument('<name>', 'their user name')
    .action((name: string, _options: unknown, command: Command) =>
      withContext(io, command, async (ctx) => {
        await signIn(ctx);
        const target = await findUser(ctx, name);
        const reset = await call(ctx, 'users:resetPassphrase', { userId: target.id });
        print(ctx, `One-time passphrase for ${reset.username}: ${reset.oneTimePassphrase}`, reset);
        note(ctx, `Give it to ${reset.username} in person; it is not shown again. Their old passphrase no longer opens Hearth, and they choose their own when they sign in with this one.`);
      }),
    );

  user
    .command('remove')
    .description('remove a user and re-key the workspace so their passphrase opens nothing')
    .argument('<name>', 'their user name')
    .action((name: string, _options: unknown, command: Command) =>
      withContext(io, command, async (ctx) => {
        await signIn(ctx);
        const target = await findUser(ctx, name);
        await call(ctx, 'users:remove', { userId: target.id });
        print(
          ctx,
          `Removed ${target.username}. The workspace has been re-keyed, so ${target.username}'s passphrase no longer opens it, ` +
            'even with an old copy of the key file.',
          { removed: target.username, rekeyed: true },
        );
        note(ctx, `Backups made before now still open with ${target.username}'s old passphrase: keep them as safe as the workspace.`);
      }),
    );
}

/** users:remove takes an id (names can be reused after a removal); the person at the shell types a name. */
async function findUser(ctx: CliContext, name: string): Promise<UserRecord> {
  const users = await call(ctx, 'users:list', {});
  const found = users.find((u) => u.username === name.trim());
  if (!found) throw new CliFailure('not-found', `There is no current user called ${name}.`);
  return found;
}

function table(users: UserRecord[]): string {
  const rows = [['USER', 'ROLE', 'NAME', 'ADDED'], ...users.map((u) => [u.username, u.role, u.displayName, u.createdAt.slice(0, 10)])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n');
}
