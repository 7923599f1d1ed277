import { fail, type Result } from '../../shared/result';
import type { WritableDB } from '../db/connection';
import type { DispatchOptions } from '../ipc/dispatch';
import { findIdempotencyKey, insertIdempotencyKey, pruneIdempotencyKeys, setIdempotencyAnswer } from '../host/store';

/**
 * Safe retries (issue 22): every request from a PC carries an idempotency key the PC made for that one user
 * action and sends again with any retry. A request that changed something records its key inside the
 * transaction of the change and its audit event (dispatch's inTransaction), so no change commits without
 * it; the answer is kept beside it for a day. A retry then gets the first answer and changes nothing. A
 * retry that arrives while the first is still running waits for it. Reads record nothing: they just run again.
 */

/** Answers larger than this are not kept: a retry of such a change is told it was saved. */
const MAX_KEPT_ANSWER = 1024 * 1024;
const DAY = 86_400_000;

const ALREADY_APPLIED =
  'This change was saved when it was first sent, but its answer was lost when the connection dropped. Nothing was saved twice: look at the record to see it.';

export function isIdempotencyKey(key: string): boolean {
  return /^[A-Za-z0-9_-]{16,100}$/.test(key);
}

export class Idempotency {
  readonly #running = new Map<string, Promise<string>>();

  constructor(private readonly now: () => Date) {}

  /**
   * Runs `send` once per (PC, key): the answer already given (as JSON text), or the one still being made,
   * or a new run whose change records the key in its own transaction.
   */
  async once(db: WritableDB, device: string, key: string, channel: string, userId: () => number | null, run: (options: DispatchOptions) => Promise<Result<unknown>>, encode: (r: Result<unknown>) => string): Promise<string> {
    const id = `${device}\n${key}`;
    const running = this.#running.get(id);
    if (running) return running;
    const kept = findIdempotencyKey(db, device, key);
    if (kept) return kept.answer ?? encode(kept.channel === channel ? fail('conflict', ALREADY_APPLIED) : fail('bad-input', 'That idempotency key was used for another request.'));
    const work = (async () => {
      let recorded = false;
      const result = await run({
        inTransaction: (tx, changedRows) => {
          if (changedRows === 0) return;
          insertIdempotencyKey(tx, { device, key, userId: userId(), channel, at: this.now().toISOString() });
          recorded = true;
        },
      });
      const answer = encode(result);
      if (recorded && db.open) setIdempotencyAnswer(db, device, key, answer.length <= MAX_KEPT_ANSWER ? answer : null);
      return answer;
    })();
    this.#running.set(id, work);
    try {
      return await work;
    } finally {
      this.#running.delete(id);
    }
  }

  /** Keys older than a day are forgotten: no PC retries a request that long after. */
  prune(db: WritableDB): number {
    return pruneIdempotencyKeys(db, new Date(this.now().getTime() - DAY).toISOString());
  }
}
