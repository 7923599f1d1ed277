import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { writeAll } from './write-all';

/** fsync a directory so a rename inside it survives power loss (no-op where the OS refuses, e.g. Windows). */
export function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Write a file so that a crash leaves either the old content or the new, never a torn mix:
 * temp name beside the target, fsync, rename over, fsync the folder.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = `${path}.tmp-${randomBytes(6).toString('hex')}`;
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeAll(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  renameSync(temp, path);
  fsyncDirectory(dirname(path));
}
