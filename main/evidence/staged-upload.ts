import { createCipheriv, createDecipheriv, createHash, type Hash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/result';
import { CHUNK_BYTES } from './store';
import type { EvidenceSource } from './source';

/**
 * One evidence file arriving in parts (evidence:uploadStart/Chunk/Finish), kept until it is finished in
 * a staging file in the workspace's uploads/ folder, ENCRYPTED WITH A KEY THAT ONLY EVER LIVES IN THIS
 * OBJECT'S MEMORY.
 *
 * Why a file encrypted with a per-upload key, rather than a staging table in the encrypted database:
 * - a file that is refused (a program, a video), cancelled or abandoned never enters the database: no
 *   pages to overwrite (secure_delete), no growth of the database by twice the file, nothing of it in a
 *   backup taken meanwhile, and no write lock held on the database while 200 parts arrive;
 * - if Hearth is killed mid-upload, what is left on disk is ciphertext whose key died with the process:
 *   unreadable by anyone, so the clean-up at the next start (uploads.ts) removes rubbish, not secrets;
 * - the workspace's own key is never used for anything but the database.
 *
 * Each part is sealed on its own with AES-256-GCM (nonce = the part's number, unique under a key used
 * for one file only), so a part changed or swapped on disk is detected when it is read back. Part i sits
 * at i × (CHUNK_BYTES + 16): its ciphertext, then its 16-byte tag. Every part but the last is exactly
 * CHUNK_BYTES, the size evidence is stored in, so finishing moves part i to evidence_chunks row i.
 */
const TAG_BYTES = 16;
const RECORD_BYTES = CHUNK_BYTES + TAG_BYTES;

const nonceFor = (index: number) => {
  const nonce = Buffer.alloc(12);
  nonce.writeUInt32BE(index, 8);
  return nonce;
};

function diskProblem(error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return new AppError('unavailable', 'There is not enough free disk space to receive this file. Nothing was saved: free some space and add the file again.');
  return new AppError('unavailable', `Hearth could not write the file being received to the workspace folder (${code ?? 'unknown error'}). Nothing was saved: add the file again.`);
}

export class StagedUpload {
  readonly path: string;
  #fd: number | null;
  #key: Buffer = randomBytes(32);
  #hash: Hash = createHash('sha256');
  #digest: string | null = null;
  #parts = 0;
  #received = 0;

  constructor(
    dir: string,
    readonly id: string,
    readonly size: number,
  ) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.path = join(dir, `upload-${process.pid}-${id}.part`);
    try {
      this.#fd = openSync(this.path, 'wx+', 0o600);
    } catch (error) {
      throw diskProblem(error);
    }
  }

  get received(): number {
    return this.#received;
  }

  get complete(): boolean {
    return this.#received === this.size;
  }

  /** The number of parts this file is sent in. */
  get partCount(): number {
    return Math.ceil(this.size / CHUNK_BYTES);
  }

  /** Takes part `index` (they arrive in order), encrypts it to the staging file and adds it to the SHA-256. */
  append(index: number, bytes: Uint8Array): void {
    const fd = this.#open();
    if (index !== this.#parts) {
      throw new AppError('bad-input', index < this.#parts ? `Part ${index + 1} of this file has already arrived.` : `Part ${index + 1} arrived before part ${this.#parts + 1}: send the parts in order.`);
    }
    const expected = Math.min(CHUNK_BYTES, this.size - this.#received);
    if (expected <= 0) throw new AppError('bad-input', `All ${this.size.toLocaleString('en-GB')} bytes of this file have already arrived; finish the upload.`);
    if (bytes.length !== expected) {
      throw new AppError('bad-input', `Part ${index + 1} should be ${expected.toLocaleString('en-GB')} bytes, but it is ${bytes.length.toLocaleString('en-GB')}. The file is larger than was said at the start, or the parts were cut differently.`);
    }
    const cipher = createCipheriv('aes-256-gcm', this.#key, nonceFor(index));
    const sealed = cipher.update(bytes);
    cipher.final();
    try {
      writeSync(fd, sealed, 0, sealed.length, index * RECORD_BYTES);
      writeSync(fd, cipher.getAuthTag(), 0, TAG_BYTES, index * RECORD_BYTES + sealed.length);
    } catch (error) {
      throw diskProblem(error);
    }
    this.#hash.update(bytes);
    this.#parts += 1;
    this.#received += bytes.length;
  }

  /** Part `index`, read back and checked. */
  #read(index: number): Buffer {
    const fd = this.#open();
    const length = Math.min(CHUNK_BYTES, this.size - index * CHUNK_BYTES);
    const record = Buffer.alloc(length + TAG_BYTES);
    let got: number;
    try {
      got = readSync(fd, record, 0, record.length, index * RECORD_BYTES);
    } catch (error) {
      throw new AppError('unavailable', `Hearth could not read back the file it was receiving (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}). Nothing was saved: add the file again.`);
    }
    try {
      if (got !== record.length) throw new Error('short read');
      const decipher = createDecipheriv('aes-256-gcm', this.#key, nonceFor(index));
      decipher.setAuthTag(record.subarray(length));
      const plain = decipher.update(record.subarray(0, length));
      decipher.final();
      return plain;
    } catch {
      throw new AppError('integrity', 'The copy of the file kept while it was being received was changed on disk. Nothing was saved: add the file again.');
    }
  }

  /** The received file, for intake to check and store. */
  source(): EvidenceSource {
    if (!this.complete) throw new AppError('bad-input', `Only ${this.#received.toLocaleString('en-GB')} of the ${this.size.toLocaleString('en-GB')} bytes of this file have arrived. Send the rest, then finish.`);
    this.#digest ??= this.#hash.digest('hex');
    const digest = this.#digest;
    const parts = this.partCount;
    const read = (i: number) => this.#read(i);
    const pieces = function* () {
      for (let i = 0; i < parts; i += 1) yield read(i);
    };
    return {
      size: this.size,
      inMemory: null,
      sha256: () => digest,
      pieces,
      head: (n) => {
        const out = Buffer.alloc(Math.min(n, this.size));
        let at = 0;
        for (let i = 0; at < out.length; i += 1) at += read(i).copy(out, at);
        return out;
      },
      whole: () => {
        // A plain Uint8Array (not Buffer's shared pool), so it can be handed to the PDF worker.
        const out = new Uint8Array(this.size);
        for (let i = 0; i < parts; i += 1) out.set(read(i), i * CHUNK_BYTES);
        return out;
      },
    };
  }

  /** Closes and deletes the staging file and forgets the key. Safe to call more than once. */
  discard(): void {
    this.#key.fill(0);
    if (this.#fd !== null) {
      try {
        closeSync(this.#fd);
      } catch {
        // already closed
      }
      this.#fd = null;
    }
    try {
      unlinkSync(this.path);
    } catch {
      // already gone; the next start removes anything left
    }
  }

  #open(): number {
    if (this.#fd === null) throw new AppError('not-found', 'This upload was cancelled or has ended. Add the file again.');
    return this.#fd;
  }
}
