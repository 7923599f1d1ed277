import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/ipc/contract';
import { AppError } from '../../shared/result';
import { type Core, createCore } from '../core';
import { dispatch, type SenderVerdict } from '../ipc/dispatch';
import type { SlotCost } from '../workspace/keyring';
import { defaultWorkspaceDir } from '../workspace/default-dir';
import { acquireWorkspaceLock, type LockHolder, WorkspaceInUseError, type WorkspaceLock } from '../workspace/lock';
import { CliFailure } from './exit-codes';
import { type CliIo, envValue } from './io';

/** The options every command accepts (declared once on the program; commander finds them anywhere on the line). */
export interface GlobalOptions {
  workspace?: string;
  user?: string;
  json?: boolean;
}

/** One command's run: its own Core (one process, one session), where the workspace is and how to print. */
export interface CliContext {
  io: CliIo;
  core: Core;
  dir: string;
  /** Who signs in: --user, else HEARTH_USER. */
  user: string | undefined;
  json: boolean;
  /** The workspace lock this command holds for its whole run (absent only where a test makes a context by hand). */
  lock?: WorkspaceLock;
}

/** The CLI is the person at this computer's own shell: dispatch trusts it, and still checks everything else. */
const CLI_SENDER: SenderVerdict = { trusted: true, transport: 'cli' };

/**
 * HEARTH_KDF_COST=low lowers scrypt to N=1024 so the CLI's tests (which create many workspaces and key
 * slots) finish in seconds. It is honoured only under a test runner (NODE_ENV=test or VITEST), so a real
 * workspace made or changed from the command line always gets the production cost
 * (DEFAULT_SCRYPT in main/workspace/crypto.ts, never below N=2^17).
 */
export function slotCostFor(env: CliIo['env']): SlotCost | undefined {
  const underTest = env.NODE_ENV === 'test' || Boolean(env.VITEST);
  return underTest && env.HEARTH_KDF_COST === 'low' ? { N: 1024, r: 8, p: 1 } : undefined;
}

export function workspaceDirFor(io: CliIo, options: GlobalOptions): string {
  return resolve(io.cwd, options.workspace ?? defaultWorkspaceDir({ ...io.env }));
}

export function makeContext(io: CliIo, options: GlobalOptions, lock?: WorkspaceLock): CliContext {
  const dir = workspaceDirFor(io, options);
  // The operational log may hold stack traces: useful to a developer (HEARTH_DEBUG=1), noise to anyone else.
  const log = envValue(io, 'HEARTH_DEBUG') ? (m: string) => io.stderr(`${m}\n`) : () => undefined;
  // This process holds the workspace lock (withContext), so the database is opened exclusively too.
  const core = createCore({ dir, slotCost: slotCostFor(io.env), log, refreshDeadlines: false, exclusive: true });
  return { io, core, dir, user: options.user ?? envValue(io, 'HEARTH_USER'), json: options.json === true, lock };
}

/** "hearth user add": the command as typed, for the lock's "who holds it". */
export function commandLine(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

export interface ContextOptions {
  /** The refusal when another process holds the workspace, instead of the general one (e.g. backup's). */
  inUse?: (holder: LockHolder | null) => string;
}

/**
 * Takes the workspace lock for the life of the command (one process per workspace: a second one is
 * refused with who holds it), runs the body with a fresh context, and always leaves the workspace closed
 * and the lock released afterwards: the sign-out goes through the contract (so the audit log shows when
 * the CLI's session ended), and the direct sign-out after it makes sure the database and key are dropped
 * whatever happened.
 */
export async function withContext(io: CliIo, command: Command, body: (ctx: CliContext) => Promise<void>, options: ContextOptions = {}): Promise<void> {
  const globals = command.optsWithGlobals<GlobalOptions>();
  const lock = takeLock(workspaceDirFor(io, globals), commandLine(command), options);
  try {
    const ctx = makeContext(io, globals, lock);
    try {
      await body(ctx);
    } finally {
      if (ctx.core.sessions.current()) await dispatch(ctx.core, 'session:signOut', {}, CLI_SENDER);
      ctx.core.sessions.signOut();
    }
  } finally {
    lock.release();
  }
}

function takeLock(dir: string, command: string, options: ContextOptions): WorkspaceLock {
  try {
    return acquireWorkspaceLock(dir, { kind: 'cli', command });
  } catch (error) {
    if (error instanceof WorkspaceInUseError && options.inUse) throw new CliFailure('conflict', options.inUse(error.holder));
    throw asFailure(error);
  }
}

/** Calls a channel exactly as the UI does, and turns a failed Result into the CLI's failure. */
export async function call<C extends Channel>(ctx: CliContext, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await dispatch(ctx.core, channel, input, CLI_SENDER);
  if (!result.ok) throw new CliFailure(result.error.code, result.error.message);
  return result.value as ChannelOutput<C>;
}

/** For the one service the CLI calls outside dispatch (restore into an empty folder): AppErrors keep their code. */
export function asFailure(error: unknown): CliFailure {
  if (error instanceof CliFailure) return error;
  if (error instanceof AppError) return new CliFailure(error.code, error.message);
  return new CliFailure('internal', `Hearth could not finish: ${(error as Error).message}`);
}

/** Prints the human text, or with --json the machine-readable value, on stdout. */
export function print(ctx: CliContext, text: string, value: unknown): void {
  ctx.io.stdout(ctx.json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);
}

/** Notes for people (what was shown once, what changed) go to stderr when stdout is JSON for a machine. */
export function note(ctx: CliContext, text: string): void {
  if (ctx.json) ctx.io.stderr(`${text}\n`);
  else ctx.io.stdout(`${text}\n`);
}
