import { randomBytes } from 'node:crypto';
import { readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/result';
import { CHUNK_BYTES } from './store';
import { assertSize, MAX_EVIDENCE_BYTES } from './intake';
import { StagedUpload } from './staged-upload';

/**
 * The evidence files being received in parts by this process (issue 13, finding 6): the browser sends a
 * 200 MB recording as 200 requests of 1 MiB instead of one 270 MB JSON body, and main holds one part at
 * a time. Each upload belongs to the person and case it was started for; it ends when it is finished or
 * cancelled, and every open one is thrown away when the workspace is locked or signed out of (the
 * database is closed then, and the person may not be the next one at the keyboard). Files left behind by
 * a process that died are removed at the next sign-in.
 */
export interface UploadStart {
  userId: number;
  caseId: number;
  fileName: string;
  size: number;
  /** The SHA-256 the sender worked out, checked at the end when given. */
  sha256?: string | undefined;
}

export interface OpenUpload extends UploadStart {
  staged: StagedUpload;
  lastUsed: number;
  finishing: boolean;
}

/** A person adds one file at a time; a few at once (two windows, a retry) is still fine. */
export const MAX_OPEN_UPLOADS = 4;
/** An upload nobody has touched for this long was abandoned (a closed tab); it is removed at the next start. */
export const UPLOAD_IDLE_MS = 30 * 60_000;
export const UPLOAD_CHUNK_BYTES = CHUNK_BYTES;

export const UPLOAD_GONE = 'This upload is no longer open: it was finished or cancelled, or the workspace was locked meanwhile. Add the file again.';

export class EvidenceUploads {
  readonly #open = new Map<string, OpenUpload>();

  constructor(
    private readonly dir: string,
    private readonly now: () => number = Date.now,
    private readonly maxBytes = MAX_EVIDENCE_BYTES,
  ) {}

  get folder(): string {
    return join(this.dir, 'uploads');
  }

  get openCount(): number {
    return this.#open.size;
  }

  /** The case an upload is for, if it is open and this person's (dispatch checks it before any handler runs). */
  caseOf(id: string, userId: number): number | null {
    const found = this.#open.get(id);
    return found && found.userId === userId ? found.caseId : null;
  }

  start(s: UploadStart): { uploadId: string; chunkBytes: number; parts: number } {
    assertSize(s.size, this.maxBytes);
    this.#dropIdle();
    if (this.#open.size >= MAX_OPEN_UPLOADS) {
      throw new AppError('conflict', `${MAX_OPEN_UPLOADS} files are already being received. Wait for one to finish, or cancel one, then add this file.`);
    }
    const uploadId = randomBytes(16).toString('hex');
    const staged = new StagedUpload(this.folder, uploadId, s.size);
    this.#open.set(uploadId, { ...s, staged, lastUsed: this.now(), finishing: false });
    return { uploadId, chunkBytes: UPLOAD_CHUNK_BYTES, parts: staged.partCount };
  }

  /** The upload, if it is open and belongs to this person. Another person's id is answered as unknown. */
  get(id: string, userId: number): OpenUpload {
    const found = this.#open.get(id);
    if (!found || found.userId !== userId) throw new AppError('not-found', UPLOAD_GONE);
    found.lastUsed = this.now();
    return found;
  }

  chunk(id: string, userId: number, index: number, bytes: Uint8Array): { received: number; size: number } {
    const upload = this.get(id, userId);
    if (upload.finishing) throw new AppError('conflict', 'This file is already being checked and saved.');
    try {
      upload.staged.append(index, bytes);
    } catch (error) {
      // A part that is out of order or the wrong size can be sent again; a full disk ends the upload.
      if (!(error instanceof AppError) || error.code === 'unavailable') this.discard(id);
      throw error;
    }
    return { received: upload.staged.received, size: upload.size };
  }

  discard(id: string): void {
    const found = this.#open.get(id);
    if (!found) return;
    this.#open.delete(id);
    found.staged.discard();
  }

  /** At lock and sign-out. */
  discardAll(): void {
    for (const id of [...this.#open.keys()]) this.discard(id);
  }

  /**
   * Staging files no open upload of this process owns: those of a Hearth that was killed (their key died
   * with it, so they are unreadable), or of this process if a delete failed. Files of another running
   * Hearth on the same workspace are left alone.
   */
  removeLeftovers(): number {
    let names: string[];
    try {
      names = readdirSync(this.folder);
    } catch {
      return 0;
    }
    const ours = new Set([...this.#open.values()].map((u) => u.staged.path));
    let removed = 0;
    for (const name of names) {
      const match = name.match(/^upload-(\d+)-[0-9a-f]+\.part$/);
      if (!match) continue;
      const path = join(this.folder, name);
      const pid = Number(match[1]);
      if (ours.has(path) || (pid !== process.pid && isRunning(pid))) continue;
      try {
        unlinkSync(path);
        removed += 1;
      } catch {
        // in use or already gone: tried again next time
      }
    }
    return removed;
  }

  #dropIdle(): void {
    const cutoff = this.now() - UPLOAD_IDLE_MS;
    for (const [id, u] of this.#open) if (u.lastUsed < cutoff && !u.finishing) this.discard(id);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

