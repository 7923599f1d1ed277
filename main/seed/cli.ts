import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { AppError } from '../../shared/result';
import { slotCostFor } from '../cli/context';
import { CliFailure, EXIT } from '../cli/exit-codes';
import { type CliIo, envValue, processIo, readSecret } from '../cli/io';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import { type Core, createCore } from '../core';
import { dispatch } from '../ipc/dispatch';
import { defaultWorkspaceDir } from '../workspace/default-dir';
import { acquireWorkspaceLock } from '../workspace/lock';
import { workspaceExists } from '../workspace/paths';
import { seedCases } from './seed';

/**
 * `npm run seed -- --cases N [--workspace DIR] [--seed S]`: fills a workspace with generated demo cases
 * (fictional people, UK-style addresses, five years of history, all ten partners, a team of demo staff).
 * It creates the workspace when the folder has none, or signs in to the one there (HEARTH_USER and
 * HEARTH_PASSPHRASE, or a prompt); either way the user must be an administrator.
 */

interface SeedCliOptions {
  cases: number;
  seed: number;
  workspace?: string;
  user?: string;
  name: string;
}

const CLI_SENDER = { trusted: true, transport: 'cli' } as const;

function wholeNumber(min: number, max: number) {
  return (value: string) => {
    const n = Number(value.replace(/_/g, ''));
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`Give a whole number from ${min} to ${max.toLocaleString('en-GB')}.`);
    return n;
  };
}

async function call<C extends Channel>(core: Core, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const r = await dispatch(core, channel, input, CLI_SENDER);
  if (!r.ok) throw new CliFailure(r.error.code, r.error.message);
  return r.value as ChannelOutput<C>;
}

async function seed(io: CliIo, options: SeedCliOptions): Promise<void> {
  const dir = resolve(io.cwd, options.workspace ?? defaultWorkspaceDir({ ...io.env }));
  const log = envValue(io, 'HEARTH_DEBUG') ? (m: string) => io.stderr(`${m}\n`) : () => undefined;
  // One process per workspace: seeding a workspace the app has open would race its writes.
  const lock = acquireWorkspaceLock(dir, { kind: 'cli', command: 'npm run seed' });
  const core = createCore({ dir, slotCost: slotCostFor(io.env), log, refreshDeadlines: false, exclusive: true });
  try {
    let passphrase: string;
    if (!workspaceExists(dir)) {
      const username = options.user ?? envValue(io, 'HEARTH_USER') ?? 'admin';
      passphrase = await readSecret(io, { envVar: 'HEARTH_PASSPHRASE', question: `Choose a passphrase for ${username}: `, choosingFor: username });
      const created = await call(core, 'workspace:create', { workspaceName: options.name, admin: { username, displayName: 'Demo administrator', passphrase } });
      io.stderr(`Created a workspace in ${dir} with ${username} as its administrator. Its recovery key (shown once): ${created.recoveryKey}\n`);
    } else {
      const username = options.user ?? envValue(io, 'HEARTH_USER');
      if (!username) throw new CliFailure('bad-input', `There is already a workspace in ${dir}: say which administrator signs in with --user NAME or HEARTH_USER.`);
      passphrase = await readSecret(io, { envVar: 'HEARTH_PASSPHRASE', question: `Passphrase for ${username}: ` });
      await call(core, 'session:signIn', { username, passphrase });
    }
    const staffPassphrase = envValue(io, 'HEARTH_STAFF_PASSPHRASE') ?? passphrase;
    const summary = await seedCases(core, {
      cases: options.cases,
      seed: options.seed,
      staffPassphrase,
      onProgress: (done, total) => io.stderr(`  ${done.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} cases\n`),
    });
    const n = (x: number) => x.toLocaleString('en-GB');
    io.stdout(
      `Added ${n(summary.cases)} generated cases (${summary.firstRef ?? '-'} … ${summary.lastRef ?? '-'}) with ${n(summary.parties)} people, ` +
        `${n(summary.incidents)} incidents and ${n(summary.contacts)} contacts to ${dir} in ${(summary.ms / 1000).toFixed(1)} s.\n`,
    );
    if (summary.staffAdded.length) {
      io.stdout(
        `Demo staff added: ${summary.staffAdded.join(', ')}. Their passphrase is HEARTH_STAFF_PASSPHRASE if set, otherwise the administrator's; ` +
          'each must choose their own at first sign-in.\n',
      );
    }
    await dispatch(core, 'session:signOut', {}, CLI_SENDER);
  } finally {
    core.sessions.signOut();
    lock.release();
  }
}

export async function runSeed(args: readonly string[], io: CliIo): Promise<number> {
  const program = new Command('seed')
    .description('fill a workspace with generated demo cases (fictional people and places)')
    .requiredOption('--cases <n>', 'how many cases to add', wholeNumber(1, 1_000_000))
    .option('--seed <n>', 'the random seed: the same seed gives the same cases', wholeNumber(0, 2 ** 32 - 1), 1)
    .option('--workspace <dir>', 'the workspace folder (default: HEARTH_WORKSPACE, else the folder the app uses)')
    .option('--user <name>', 'the administrator who signs in (default: HEARTH_USER; "admin" for a new workspace)')
    .option('--name <workspace name>', 'the name of a new workspace', 'Hearth demo (generated data)')
    .exitOverride()
    .configureOutput({ writeOut: (t) => io.stdout(t), writeErr: (t) => io.stderr(t) });
  try {
    await program.parseAsync(args, { from: 'user' });
    await seed(io, program.opts<SeedCliOptions>());
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    if (error instanceof CliFailure) {
      io.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof AppError) {
      const failure = new CliFailure(error.code, error.message);
      io.stderr(`${failure.message}\n`);
      return failure.exitCode;
    }
    io.stderr(`The seeder stopped unexpectedly: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.failed;
  }
}

if (typeof require !== 'undefined' && require.main === module) {
  void runSeed(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
