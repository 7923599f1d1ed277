import { closeSync, existsSync, openSync, renameSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { fsyncDirectory } from '../../fs/atomic-write';
import { call, type CliContext, print, withContext } from '../context';
import { describeHolder } from '../../workspace/lock';
import { CliFailure } from '../exit-codes';
import type { CliIo } from '../io';
import { signIn } from '../session';

export function registerBackup(program: Command, io: CliIo): void {
  program
    .command('backup')
    .description('write a verified, encrypted backup (.hbk) of the workspace')
    .option('--out <file.hbk or folder>', 'a file name ending in .hbk, or a folder to write into (default: the backup folder in Settings)')
    .addHelpText(
      'after',
      '\nWith a folder, the file is named hearth-<workspace>-<date-time>.hbk, like the backups the app makes.' +
        '\nWith a name ending in .hbk, the backup gets exactly that name; an existing file is never overwritten.',
    )
    .action((options: { out?: string }, command: Command) =>
      withContext(
        io,
        command,
        async (ctx) => {
          await signIn(ctx);
          const made = await backupTo(ctx, options.out === undefined ? undefined : resolve(ctx.io.cwd, options.out));
          print(ctx, `Backed up to ${made.path} (${kib(made.bytes)}), audit log up to event ${made.auditHead.seq}.`, made);
        },
        // One process per workspace: the app that has it open makes the backup itself, with the same checks.
        { inUse: (holder) => `Hearth is open on this workspace: use Settings → Back up now. (It is open in ${describeHolder(holder)}.)` },
      ),
    );
}

/**
 * backup:create names its own file inside a folder (a temp name, verified, then renamed, so a half-written
 * backup never carries a real name). A person who types `--out monday.hbk` expects that file, so the
 * verified backup is then renamed within the same folder: still one atomic rename, never a copy.
 */
async function backupTo(ctx: CliContext, out: string | undefined) {
  const exact = out !== undefined && /\.hbk$/i.test(out) ? out : undefined;
  if (exact && existsSync(exact)) {
    throw new CliFailure('conflict', `The file ${exact} already exists: choose another name, or move that file first.`);
  }
  const made = await call(ctx, 'backup:create', out === undefined ? {} : { folder: exact ? dirname(exact) : out });
  if (!exact || made.path === exact) return made;
  try {
    // Claimed with an exclusive create first, so a file that appeared meanwhile is never replaced.
    closeSync(openSync(exact, 'wx', 0o600));
    renameSync(made.path, exact);
    fsyncDirectory(dirname(exact));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'error';
    if (reason === 'EEXIST') throw new CliFailure('conflict', `The backup was written and verified as ${made.path}: ${exact} appeared meanwhile, so it was left alone.`);
    throw new CliFailure('storage', `The backup was written and verified as ${made.path}, but could not be renamed to ${exact} (${reason}).`);
  }
  return { ...made, path: exact };
}

const kib = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`);
