import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { type BackupHeader, MAGIC } from '../../../main/backup/container';

/**
 * Rewrites a backup the way someone covering their tracks would: change the database bytes or the
 * description, then recompute every checksum so the container's own checks pass. What is left to catch
 * the change is the verification of what is inside (the cipher's authentication, integrity_check, the
 * audit chain), and each of those must say in words what is wrong.
 */
export interface Parts {
  header: BackupHeader;
  database: Buffer;
}

export function readParts(path: string): Parts {
  const bytes = readFileSync(path);
  const headerLength = bytes.readUInt32BE(MAGIC.length);
  const start = MAGIC.length + 4;
  const header = JSON.parse(bytes.subarray(start, start + headerLength).toString('utf8')) as BackupHeader;
  const database = Buffer.from(bytes.subarray(start + headerLength, bytes.length - 32));
  return { header, database };
}

export function writeWithFreshChecksums(path: string, parts: Parts): void {
  const header: BackupHeader = {
    ...parts.header,
    database: { bytes: parts.database.length, sha256: createHash('sha256').update(parts.database).digest('hex') },
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const body = Buffer.concat([MAGIC, length, headerBytes, parts.database]);
  writeFileSync(path, Buffer.concat([body, createHash('sha256').update(body).digest()]));
}

export function forge(path: string, change: (parts: Parts) => Parts): void {
  writeWithFreshChecksums(path, change(readParts(path)));
}
