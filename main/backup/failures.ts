import { AppError } from '../../shared/result';
import { DatabaseUnreadableError } from '../db/errors';

/**
 * Known ways a backup or restore fails, each turned into a refusal in words (issue 13, finding 7: these
 * used to reach the person as "internal"). Disk problems come either from Node (an errno code) or from
 * SQLite writing the VACUUM INTO copy (an SQLITE_ code); both say which folder and what to do.
 */

const codeOf = (error: unknown) =>
  error instanceof DatabaseUnreadableError ? error.sqliteCode : String((error as { code?: unknown }).code ?? '');

/** A full, read-only or forbidden disk as 'storage' (exit 1), or null for anything else. */
export function storageFailure(error: unknown, folder: string, doing: string): AppError | null {
  const code = codeOf(error);
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL') {
    return new AppError('storage', `There is not enough space in ${folder} to ${doing}: the disk is full (${code}). Free some space or choose another folder; nothing was changed and no half-written file was left.`);
  }
  if (code === 'EROFS' || code === 'SQLITE_READONLY') {
    return new AppError('storage', `${folder} is read-only, so Hearth cannot ${doing} there (${code}). Choose another folder, or unlock the USB stick or drive.`);
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'SQLITE_CANTOPEN') {
    return new AppError('storage', `Hearth is not allowed to write in ${folder}, so it cannot ${doing} there (${code}). Choose another folder, or ask IT for write access to it.`);
  }
  if (code === 'EIO' || code.startsWith('SQLITE_IOERR')) {
    return new AppError('storage', `The disk holding ${folder} reported an error while Hearth tried to ${doing} (${code}). Check the drive or USB stick, or choose another folder; nothing was changed.`);
  }
  return null;
}

const SQLITE_WORDS: Record<string, string> = {
  SQLITE_CORRUPT: 'SQLite finds it malformed (a page is missing, or fails its check because it was changed after it was written)',
  SQLITE_NOTADB: 'it is not a database that opens with the key in the backup',
};

/**
 * The database inside a backup that passed its checksums but cannot be read: its checksums were
 * recomputed after it was altered, or it was damaged before it was checksummed. Never 'internal'.
 */
export function damagedInside(label: string, error: unknown): AppError {
  if (error instanceof AppError && !(error instanceof DatabaseUnreadableError) && error.code !== 'internal') return error;
  const code = codeOf(error);
  const how = SQLITE_WORDS[code] ?? (code.startsWith('SQLITE_') ? `SQLite cannot read it (${code})` : `it cannot be read (${(error as Error).message})`);
  return new AppError('integrity', `${label} is damaged inside: ${how}. Its checksums match what it holds, so it was altered and its checksums remade, or it was damaged before it was finished. Use another backup.`);
}

/** SQLite's integrity-check report as one line: its first problem, and how many more there are. */
export function integrityProblems(detail: string): string {
  const problems = detail
    .split(/\n|; /)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^\*\*\*.*\*\*\*$/.test(line));
  const first = (problems[0] ?? detail).replace(/\.$/, '');
  const more = problems.length - 1;
  return more > 0 ? `${first}, and ${more} more problem${more === 1 ? '' : 's'}` : first;
}
