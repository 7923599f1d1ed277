import { createHash } from 'node:crypto';
import { CHUNK_BYTES } from './store';

/**
 * A file being added as evidence, wherever its bytes are: in memory (evidence:add, a small file in one
 * request) or in an encrypted staging file (evidence:upload*, staged-upload.ts). Intake reads it only
 * through these methods, so a 200 MB recording is checked and stored one 1 MiB piece at a time; only a
 * PDF is ever held whole (the PDF check needs the whole file).
 */
export interface EvidenceSource {
  readonly size: number;
  /** SHA-256 of the whole file, hex. */
  sha256(): string;
  /** The file in order, in pieces of CHUNK_BYTES (the last may be shorter). Synchronous, so a database transaction can consume it. */
  pieces(): Iterable<Uint8Array>;
  /** The first `n` bytes, or the whole file when it is shorter. */
  head(n: number): Uint8Array;
  /** The whole file in a new buffer the caller owns (and may hand to a worker). */
  whole(): Uint8Array;
  /** The bytes themselves when the file is already in memory (the fast path for sniffing). */
  readonly inMemory: Uint8Array | null;
}

export function bytesSource(bytes: Uint8Array): EvidenceSource {
  let digest: string | undefined;
  return {
    size: bytes.length,
    inMemory: bytes,
    sha256: () => (digest ??= createHash('sha256').update(bytes).digest('hex')),
    *pieces() {
      for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) yield bytes.subarray(offset, Math.min(bytes.length, offset + CHUNK_BYTES));
    },
    head: (n) => bytes.subarray(0, Math.min(n, bytes.length)),
    whole: () => bytes.slice(),
  };
}

/** Reads pieces into one buffer of `length` bytes (or fewer, if the file is shorter). */
export function gather(pieces: Iterable<Uint8Array>, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    if (at >= length) break;
    const take = Math.min(piece.length, length - at);
    out.set(piece.subarray(0, take), at);
    at += take;
  }
  return at === length ? out : out.subarray(0, at);
}
