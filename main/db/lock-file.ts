import { closeSync, existsSync, openSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { nativeBindingOption } from './connection';

/**
 * The operating-system lock behind "one process per workspace" (main/workspace/lock.ts), taken through
 * SQLite's own file locking on a small plain database, `hearth.lock`, that holds one row: who holds it.
 *
 * Why SQLite's lock and not a lock file judged by its age (proper-lockfile and the like): the kernel drops
 * SQLite's lock the moment its process ends, however it ends (SIGKILL, power cut), so a crashed holder
 * never leaves a lock anyone has to guess about; and a live holder keeps it however long its event loop is
 * busy (a synchronous VACUUM INTO of a large workspace), so nobody can judge it stale and take it over.
 *
 * Holding: a RESERVED lock (BEGIN IMMEDIATE) kept open for the life of the process. Others can still read
 * the holder row (SHARED locks coexist with RESERVED) but cannot begin a write: that is the refusal.
 * The file is never opened with plain fs calls in the holding process: closing any descriptor of a file
 * drops all of a process's POSIX locks on it (SQLite's VFS knows this; fs.readFileSync would not).
 */

export interface LockRow {
  kind: string;
  command: string;
  pid: number;
  host: string;
  since: string;
}

export type TakeResult = { held: true; handle: LockHandle; previous: LockRow | null } | { held: false; holder: LockRow | null };

export interface LockHandle {
  release(): void;
}

/** Readers wait this long for a holder that is in the middle of writing its row (milliseconds). */
const READ_WAIT_MS = 2000;

const isBusy = (error: unknown) => {
  const code = (error as { code?: string }).code ?? '';
  return code === 'SQLITE_BUSY' || code.startsWith('SQLITE_BUSY_') || code === 'SQLITE_LOCKED';
};

function ensureFile(path: string): void {
  if (existsSync(path)) return;
  try {
    // Made by us with 0600 before SQLite sees it: SQLite would create it 0644 (and its journal copies the mode).
    closeSync(openSync(path, 'wx', 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

function readRow(db: Database.Database): LockRow | null {
  try {
    const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'holder'").get();
    if (!hasTable) return null;
    return (db.prepare('SELECT kind, command, pid, host, since FROM holder LIMIT 1').get() as LockRow | undefined) ?? null;
  } catch {
    return null; // a holder that died while writing its row, or a damaged file: nobody we can name
  }
}

/** Tries once, without waiting: the lock, or the row of whoever holds it. */
export function takeLockFile(path: string, me: LockRow): TakeResult {
  ensureFile(path);
  const db = new Database(path, { timeout: 0, ...nativeBindingOption() });
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (error) {
    db.pragma(`busy_timeout = ${READ_WAIT_MS}`);
    const holder = isBusy(error) ? readRow(db) : null;
    db.close();
    if (!isBusy(error)) throw error;
    return { held: false, holder };
  }
  try {
    // We hold it. A row left behind belongs to a holder that ended without releasing (a crash).
    const previous = readRow(db);
    db.exec('CREATE TABLE IF NOT EXISTS holder (kind TEXT NOT NULL, command TEXT NOT NULL, pid INTEGER NOT NULL, host TEXT NOT NULL, since TEXT NOT NULL)');
    db.exec('DELETE FROM holder');
    db.prepare('INSERT INTO holder (kind, command, pid, host, since) VALUES (@kind, @command, @pid, @host, @since)').run(me);
    // COMMIT needs a moment alone with the file: a reader of the old row may be in the way.
    db.pragma(`busy_timeout = ${READ_WAIT_MS}`);
    db.exec('COMMIT');
    db.pragma('busy_timeout = 0');
    // Between COMMIT and here another process may have begun first: then it holds the lock, not us.
    try {
      db.exec('BEGIN IMMEDIATE');
    } catch (error) {
      if (!isBusy(error)) throw error;
      db.pragma(`busy_timeout = ${READ_WAIT_MS}`);
      const holder = readRow(db);
      db.close();
      return { held: false, holder };
    }
    return { held: true, handle: releaser(db), previous };
  } catch (error) {
    if (db.open) db.close();
    throw error;
  }
}

function releaser(db: Database.Database): LockHandle {
  return {
    release: () => {
      if (!db.open) return;
      try {
        // Still inside our BEGIN IMMEDIATE: clear the row so nobody is named after we have gone.
        db.exec('DELETE FROM holder');
        db.pragma(`busy_timeout = ${READ_WAIT_MS}`);
        db.exec('COMMIT');
      } catch {
        // Closing drops the lock whatever happened to the row; a row left behind is reported as a past holder.
      } finally {
        db.close();
      }
    },
  };
}

/** Who holds the lock at `path` right now, without taking it: null when nobody does (or no file exists). */
export function lockFileStatus(path: string): { held: boolean; holder: LockRow | null } {
  if (!existsSync(path)) return { held: false, holder: null };
  const db = new Database(path, { timeout: 0, ...nativeBindingOption() });
  try {
    try {
      db.exec('BEGIN IMMEDIATE');
    } catch (error) {
      if (!isBusy(error)) throw error;
      db.pragma(`busy_timeout = ${READ_WAIT_MS}`);
      return { held: true, holder: readRow(db) };
    }
    const row = readRow(db);
    db.exec('ROLLBACK');
    return { held: false, holder: row };
  } finally {
    db.close();
  }
}
