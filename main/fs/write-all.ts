import { writeSync } from 'node:fs';

/**
 * Writes every byte or throws: writeSync may write fewer bytes than asked. The one place backup and
 * key-file bytes reach the disk, so tests can make the disk "fill up" here (ENOSPC) and see that the
 * refusal says so in words and leaves nothing half-written.
 */
export function writeAll(fd: number, bytes: Uint8Array, length = bytes.length): void {
  for (let offset = 0; offset < length; ) offset += writeSync(fd, bytes, offset, length - offset);
}
