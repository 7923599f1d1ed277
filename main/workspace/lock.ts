import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { formatDateTime } from '../../shared/time/format';
import { AppError } from '../../shared/result';
import { lockFileStatus, takeLockFile } from '../db/lock-file';
import { workspacePaths } from './paths';

/**
 * One process per workspace (issue 13, finding 3). The desktop app, browser mode and each `hearth` command
 * take this lock on the workspace folder when they start and hold it until they end, so two of them never
 * write one database (two audit chains racing, a backup's audit head from another moment). The lock is
 * SQLite's own file lock (main/db/lock-file.ts): a crashed holder's lock is gone with its process, and a
 * live holder's cannot be taken over. A process that holds it also opens the database in SQLite's
 * EXCLUSIVE locking mode (connection.ts), a second line against anything that skips this lock.
 */

export type HolderKind = 'app' | 'browser' | 'cli';

export interface LockHolder {
  kind: HolderKind | string;
  /** What is running: "hearth backup", "desktop app", "browser mode". */
  command: string;
  pid: number;
  host: string;
  /** ISO 8601. */
  since: string;
}

export interface WorkspaceLock {
  readonly dir: string;
  readonly holder: LockHolder;
  /** A holder that ended without releasing (a crash): its lock went with it, only its name was left. */
  readonly previous: LockHolder | null;
  release(): void;
}

/** "the desktop app (process 4242 on OFFICE-PC, since 04/12/2026 09:15)". */
export function describeHolder(holder: LockHolder | null): string {
  if (!holder) return 'another Hearth program (it did not say which)';
  const what = holder.kind === 'app' ? 'the desktop app' : holder.kind === 'browser' ? 'Hearth in browser mode' : `the command "${holder.command}"`;
  return `${what} (process ${holder.pid} on ${holder.host}, since ${formatDateTime(holder.since) || holder.since})`;
}

/** Refusal when another process holds the workspace: says who, and what to do. Code 'conflict' (exit 2). */
export class WorkspaceInUseError extends AppError {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder | null,
    advice = 'Close it there first, then try again.',
  ) {
    super('conflict', `Hearth is open on this workspace in ${describeHolder(holder)}. ${advice}`);
  }
}

/**
 * Takes the workspace lock or throws WorkspaceInUseError naming the holder. Creates the folder (0700) if
 * needed, and removes it again on release if nothing but the lock was ever put in it (a refused `hearth
 * init` leaves no empty folder behind).
 */
export function acquireWorkspaceLock(dir: string, who: { kind: HolderKind; command: string }, now: Date = new Date()): WorkspaceLock {
  const created = !existsSync(dir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = workspacePaths(dir).lock;
  const me: LockHolder = { kind: who.kind, command: who.command, pid: process.pid, host: hostname(), since: now.toISOString() };
  let taken;
  try {
    taken = takeLockFile(path, me);
  } catch (error) {
    throw new AppError('integrity', `The workspace lock ${path} cannot be used (${(error as Error).message}). If no Hearth is running on this computer, delete that file and try again.`);
  }
  if (!taken.held) throw new WorkspaceInUseError(dir, taken.holder);
  const { handle } = taken;
  let released = false;
  return {
    dir,
    holder: me,
    previous: taken.previous,
    release: () => {
      if (released) return;
      released = true;
      handle.release();
      if (created) removeIfOnlyTheLock(dir, path);
    },
  };
}

function removeIfOnlyTheLock(dir: string, path: string): void {
  try {
    const left = readdirSync(dir).filter((f) => !f.startsWith('hearth.lock'));
    if (left.length > 0) return;
    rmSync(path, { force: true });
    rmSync(`${path}-journal`, { force: true });
    rmdirSync(dir);
  } catch {
    // Someone else is using the folder now: leave it.
  }
}

/** Who holds the workspace right now (for `hearth doctor`), without taking it. */
export function workspaceLockStatus(dir: string): { held: boolean; holder: LockHolder | null } {
  const status = lockFileStatus(workspacePaths(dir).lock);
  return { held: status.held, holder: status.holder };
}
