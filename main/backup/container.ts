import { createHash } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/result';
import { AuditHead } from '../../shared/schemas/admin';
import { writeAll } from '../fs/write-all';

/**
 * The backup file (.hbk): one file a person can copy to a USB stick, holding everything needed to
 * restore: the encrypted database exactly as SQLite wrote it, the key file that opens it, and the audit
 * chain head at that moment.
 *
 *   "HEARTH-BACKUP\n" | u32 big-endian header length | header JSON | database bytes | SHA-256 of all before
 *
 * The database stays encrypted under the workspace key; the key file holds only wrapped keys. So the
 * backup is as safe to carry as the workspace itself.
 */
export const MAGIC = Buffer.from('HEARTH-BACKUP\n', 'latin1');
const CHUNK = 1 << 20;

export const BackupHeader = z.object({
  format: z.literal('hearth-backup'),
  version: z.literal(1),
  workspaceId: z.string(),
  workspaceName: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  schemaVersion: z.number().int(),
  auditHead: AuditHead,
  keyring: z.unknown(),
  database: z.object({ bytes: z.number().int().nonnegative(), sha256: z.string().length(64) }),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

export function sha256OfFile(path: string, start = 0, length?: number): string {
  const fd = openSync(path, 'r');
  try {
    const end = length === undefined ? fstatSync(fd).size : start + length;
    const hash = createHash('sha256');
    const buf = Buffer.allocUnsafe(CHUNK);
    for (let pos = start; pos < end; ) {
      const n = readSync(fd, buf, 0, Math.min(CHUNK, end - pos), pos);
      if (n === 0) break;
      hash.update(buf.subarray(0, n));
      pos += n;
    }
    return hash.digest('hex');
  } finally {
    closeSync(fd);
  }
}

/** Streams the database into the container so a large workspace never sits in memory whole. */
export function writeContainer(outPath: string, header: BackupHeader, databasePath: string): number {
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(headerBytes.length);
  const out = openSync(outPath, 'wx', 0o600);
  const hash = createHash('sha256');
  let total = 0;
  const put = (b: Buffer) => {
    hash.update(b);
    writeAll(out, b);
    total += b.length;
  };
  try {
    put(MAGIC);
    put(len);
    put(headerBytes);
    const src = openSync(databasePath, 'r');
    try {
      const buf = Buffer.allocUnsafe(CHUNK);
      for (let pos = 0; ; ) {
        const n = readSync(src, buf, 0, CHUNK, pos);
        if (n === 0) break;
        put(buf.subarray(0, n));
        pos += n;
      }
    } finally {
      closeSync(src);
    }
    const digest = hash.digest();
    writeAll(out, digest);
    fsyncSync(out);
    return total + digest.length;
  } finally {
    closeSync(out);
  }
}

export interface ParsedContainer {
  header: BackupHeader;
  databaseOffset: number;
}

const refuse = (message: string) => new AppError('integrity', message);

/** A folder given where a backup file was wanted: say so, and name the newest backup in it if there is one. */
function folderGiven(path: string): AppError {
  let newest: string | undefined;
  try {
    newest = readdirSync(path)
      .filter((f) => f.endsWith('.hbk') && !f.startsWith('.'))
      .sort()
      .at(-1);
  } catch {
    newest = undefined;
  }
  const hint = newest ? ` The newest backup in it looks like ${basename(newest)}.` : ' It holds no .hbk backups.';
  return new AppError('bad-input', `${path} is a folder, not a backup file: choose the .hbk file to restore.${hint}`);
}

function cannotOpen(path: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  if (code === 'ENOENT') return new AppError('not-found', `There is no backup file at ${path}: check the folder and the file name.`);
  if (code === 'EACCES' || code === 'EPERM') return new AppError('bad-input', `Hearth is not allowed to read the backup file ${path}: check its permissions.`);
  if (code === 'EISDIR') return folderGiven(path);
  return new AppError('bad-input', `The backup file ${path} cannot be opened (${code}).`);
}

/** Checks a backup file end to end before anything is restored; every refusal says what is wrong. */
export function readContainer(path: string): ParsedContainer {
  let fd: number;
  try {
    if (statSync(path).isDirectory()) throw folderGiven(path);
    fd = openSync(path, 'r');
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw cannotOpen(path, error);
  }
  let header: BackupHeader;
  let databaseOffset: number;
  let size: number;
  try {
    size = fstatSync(fd).size;
    const start = Buffer.alloc(MAGIC.length + 4);
    const got = readSync(fd, start, 0, start.length, 0);
    if (size === 0) throw refuse(`The backup ${path} is empty: it was never finished (the copy was interrupted). Use another backup.`);
    if (got < start.length || !start.subarray(0, MAGIC.length).equals(MAGIC)) {
      throw refuse(`${path} is not a Hearth backup file.`);
    }
    const headerLength = start.readUInt32BE(MAGIC.length);
    if (headerLength > 16 * 1024 * 1024 || MAGIC.length + 4 + headerLength > size) {
      throw refuse(`The backup ${path} is incomplete: it was cut short before its description ends.`);
    }
    const headerBytes = Buffer.alloc(headerLength);
    readSync(fd, headerBytes, 0, headerLength, start.length);
    let parsed;
    try {
      parsed = BackupHeader.safeParse(JSON.parse(headerBytes.toString('utf8')));
    } catch {
      parsed = null;
    }
    if (!parsed?.success) throw refuse(`The backup ${path} is damaged: its description cannot be read.`);
    header = parsed.data;
    databaseOffset = start.length + headerLength;
  } finally {
    closeSync(fd);
  }
  const expected = databaseOffset + header.database.bytes + 32;
  if (size < expected) throw refuse(`The backup ${path} is incomplete (${size} of ${expected} bytes): it was probably cut short while copying.`);
  if (size > expected) throw refuse(`The backup ${path} has ${size - expected} unexpected extra bytes: it has been altered.`);
  const trailer = Buffer.alloc(32);
  const tfd = openSync(path, 'r');
  try {
    readSync(tfd, trailer, 0, 32, size - 32);
  } finally {
    closeSync(tfd);
  }
  if (sha256OfFile(path, 0, size - 32) !== trailer.toString('hex')) {
    throw refuse(`The backup ${path} has been altered or damaged: its checksum does not match.`);
  }
  if (sha256OfFile(path, databaseOffset, header.database.bytes) !== header.database.sha256) {
    throw refuse(`The backup ${path} has been altered: the database inside it does not match its description.`);
  }
  return { header, databaseOffset };
}

/** Copies the database bytes out of a checked container into a file of their own. */
export function extractDatabase(path: string, parsed: ParsedContainer, outPath: string): void {
  const src = openSync(path, 'r');
  const out = openSync(outPath, 'wx', 0o600);
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    const end = parsed.databaseOffset + parsed.header.database.bytes;
    for (let pos = parsed.databaseOffset; pos < end; ) {
      const n = readSync(src, buf, 0, Math.min(CHUNK, end - pos), pos);
      if (n === 0) throw refuse(`The backup ${path} ended early while it was being read.`);
      writeAll(out, buf, n);
      pos += n;
    }
    fsyncSync(out);
  } finally {
    closeSync(src);
    closeSync(out);
  }
}
