import { randomBytes } from 'node:crypto';
import { ANSWER_PART_BYTES, type AnswerManifest } from '../host/answer-parts';

/**
 * Long answers the host keeps for the PC that asked, until it has fetched every part or five minutes pass
 * (main/host/answer-parts.ts). Only that PC (its certificate's serial) can fetch them; a part fetched is
 * not sent again, and the answer is dropped with its last part.
 */
const KEEP_MS = 5 * 60_000;

interface Kept {
  serial: string;
  bytes: Buffer;
  count: number;
  fetched: number;
  until: number;
}

export class AnswerStore {
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly now: () => number) {}

  /** The manifest when the answer is longer than a part; null when it goes as one body. */
  keep(serial: string, answer: string): AnswerManifest | null {
    const bytes = Buffer.from(answer, 'utf8');
    if (bytes.length <= ANSWER_PART_BYTES) return null;
    this.sweep();
    const id = randomBytes(16).toString('hex');
    const count = Math.ceil(bytes.length / ANSWER_PART_BYTES);
    this.kept.set(id, { serial, bytes, count, fetched: 0, until: this.now() + KEEP_MS });
    return { parts: { id, count, bytes: bytes.length } };
  }

  /** Part `index` of a kept answer, for the PC that asked only, in order; null when there is no such part. */
  part(serial: string, id: string, index: number): Buffer | null {
    const k = this.kept.get(id);
    if (!k || k.serial !== serial || index !== k.fetched || k.until < this.now()) return null;
    k.fetched += 1;
    if (k.fetched === k.count) this.kept.delete(id);
    return k.bytes.subarray(index * ANSWER_PART_BYTES, (index + 1) * ANSWER_PART_BYTES);
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, k] of this.kept) if (k.until < now) this.kept.delete(id);
  }
}
