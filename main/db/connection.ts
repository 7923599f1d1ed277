import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, existsSync, openSync } from 'node:fs';
import { DatabaseInUseError, DatabaseUnreadableError, PragmaMismatchError } from './errors';
import { AppError } from '../../shared/result';

/**
 * The only place a database handle is made (conventions §6.7): every other module receives one from here.
 * Two brands, as Signal's `Interface.std.ts` has them: a query that only reads takes a ReadableDB, one that
 * writes takes a WritableDB (which is also readable). openDatabase hands out a ReadableDB for a read-only
 * open and a WritableDB otherwise. The brands are types only: they say what a function may do with the
 * handle it is given, and stop a plain better-sqlite3 handle (opened without the key and pragmas) from
 * being passed where an opened workspace database is expected.
 */
export type ReadableDB = Database.Database & { readonly __readableDb: unique symbol };
export type WritableDB = ReadableDB & { readonly __writableDb: unique symbol };
/**
 * The writable handle under its older name, kept so that work begun before the two brands still
 * compiles; new code names ReadableDB or WritableDB.
 */
export type DB = WritableDB;

/** Pragmas asserted after every open (DESIGN §2; security.md checklist "Database"). */
export const REQUIRED_PRAGMAS = {
  journal_mode: 'wal',
  synchronous: 2, // FULL: a commit is on disk when it returns, even in WAL mode
  foreign_keys: 1,
  secure_delete: 1, // deleted personal data is overwritten, not left in free pages
  temp_store: 2, // MEMORY: SQLite3MC does not encrypt temp files (utelle issue #158)
  mmap_size: 0, // mmap bypasses the cipher's page codec (SQLite3MC issues #119, #156)
} as const;

export const CIPHER = 'aegis';

export interface OpenOptions {
  /** Make a new file; otherwise the file must already exist. */
  create?: boolean;
  readonly?: boolean;
  /**
   * SQLite's EXCLUSIVE locking mode: this connection keeps the file locked until it closes, so no other
   * connection, in this process or another, can read or write it meanwhile. Used by a process that holds
   * the workspace lock (main/workspace/lock.ts), as a second line behind it.
   */
  exclusive?: boolean;
}

/** In Electron the addon is built against Electron's ABI into another folder (scripts/start.mjs). */
export function nativeBindingOption(): { nativeBinding?: string } {
  const path = process.env.HEARTH_NATIVE_BINDING;
  return path ? { nativeBinding: path } : {};
}

export function assertLocalPath(path: string): void {
  // WAL does not work over a network filesystem (sqlite.org/wal.html): refuse UNC paths outright.
  if (/^(\\\\|\/\/)/.test(path)) {
    throw new AppError('bad-input', `The workspace cannot live on a network share (${path}). Choose a folder on this computer.`);
  }
}

export function openDatabase(path: string, masterKey: Buffer, options: OpenOptions & { readonly: true }): ReadableDB;
export function openDatabase(path: string, masterKey: Buffer, options?: OpenOptions & { readonly?: false }): WritableDB;
export function openDatabase(path: string, masterKey: Buffer, options: OpenOptions = {}): ReadableDB {
  if (masterKey.length !== 32) throw new AppError('internal', 'openDatabase: the master key must be 32 bytes.');
  assertLocalPath(path);
  // SQLite creates a new file 0644 and its WAL and shared-memory files copy that mode: make it 0600 first.
  if (options.create && !existsSync(path)) closeSync(openSync(path, 'wx', 0o600));
  const db = new Database(path, {
    fileMustExist: !options.create,
    readonly: options.readonly ?? false,
    ...nativeBindingOption(),
  }) as WritableDB;
  try {
    // AEGIS-256 (authenticated, AES-NI accelerated) costs ~1.0x plain SQLite here where the default
    // ChaCha20 cost ~1.37x (npm run bench). SQLite3MC does not detect the cipher, so it is named every open.
    db.pragma(`cipher='${CIPHER}'`);
    // A raw 32-byte key skips SQLite3MC's own key derivation: ours already ran in the key slot.
    db.pragma(`key="x'${masterKey.toString('hex')}'"`);
    // Before the first read: the lock is taken then and kept until close.
    if (options.exclusive) db.pragma('locking_mode = EXCLUSIVE');
    probeReadable(db);
    applyPragmas(db, options.readonly ?? false);
    assertPragmas(db, options.readonly ?? false);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function probeReadable(db: ReadableDB): void {
  try {
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'unknown';
    if (code.startsWith('SQLITE_BUSY')) throw new DatabaseInUseError();
    throw new DatabaseUnreadableError(code === 'SQLITE_NOTADB' ? 'not a database for this key' : code, code);
  }
}

function applyPragmas(db: ReadableDB, readonly: boolean): void {
  // journal_mode is stored in the file; a read-only handle cannot set it. The rest are per connection.
  if (!readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('mmap_size = 0');
}

export function assertPragmas(db: ReadableDB, readonly = false): void {
  for (const [name, expected] of Object.entries(REQUIRED_PRAGMAS)) {
    if (readonly && name === 'journal_mode') continue;
    const found = db.pragma(name, { simple: true });
    if (found !== expected) throw new PragmaMismatchError(name, expected, found);
  }
}

/** `PRAGMA integrity_check` as one verdict: 'ok' or the first problems SQLite lists. */
export function integrityCheck(db: ReadableDB): { ok: boolean; detail: string } {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  const detail = rows.map((r) => r.integrity_check).slice(0, 5).join('; ');
  return { ok: detail === 'ok', detail };
}

/**
 * A consistent copy of the whole database in a new file (SQLite's VACUUM INTO), for a backup. SQLite3MC
 * writes it encrypted under the same key (security.md §3: observed on this version and asserted by the
 * backup tests, since it is undocumented). It runs in a read transaction of its own, so never inside another.
 */
export function snapshotTo(db: ReadableDB, path: string): void {
  db.prepare('VACUUM INTO ?').run(path);
}

/**
 * Change the file's key in place. SQLite3MC before 2.4.0 does not support rekey in WAL mode
 * (security.md §3), so the WAL is emptied and the journal switched to DELETE around it.
 */
export function rekeyDatabase(db: WritableDB, newKey: Buffer): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  db.pragma(`cipher='${CIPHER}'`);
  db.pragma(`rekey="x'${newKey.toString('hex')}'"`);
  db.pragma('journal_mode = WAL');
  assertPragmas(db);
}

/**
 * Puts an open connection into SQLite's EXCLUSIVE locking mode and takes the lock now: from here until
 * it closes, no other connection (in this process or another) can read or write the file. A session
 * opens its database shared and calls this once the sign-in's worker has closed its own connection
 * (main/security/session.ts). A write transaction is what takes the lock in WAL mode; an empty one will do.
 */
export function holdExclusively(db: WritableDB): void {
  db.pragma('locking_mode = EXCLUSIVE');
  db.exec('BEGIN IMMEDIATE');
  db.exec('COMMIT');
}
