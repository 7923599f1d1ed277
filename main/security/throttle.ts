import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../shared/result';
import { writeFileAtomic } from '../fs/atomic-write';

/**
 * Slows down repeated wrong passphrases (DESIGN §2), per user name: the first two failures cost nothing,
 * then each one doubles that name's wait, up to five minutes. A right passphrase clears that name.
 *
 * Per name, so one person typing wrong (or someone trying names) cannot lock everybody else out; kept in
 * the workspace folder (sign-in-attempts.json, 0600), so quitting and restarting does not reset it, and
 * readable before the database is open, which is when it is needed. The file holds user names and
 * counters only. The scrypt cost of every attempt (about 0.6 s) is the floor underneath it.
 */

/** The bucket for recovery-key attempts: a name no user can have (user names have no spaces). */
export const RECOVERY_BUCKET = 'recovery key';
/** Failures older than this are forgotten: a typo next week does not start at a five-minute wait. */
const FORGET_AFTER_MS = 24 * 60 * 60_000;
/** Made-up names fill the file too; beyond this many, the longest-quiet entries are dropped. */
const MAX_NAMES = 500;

const Entry = z.object({ failures: z.number().int().nonnegative(), nextAllowedAt: z.number(), lastFailureAt: z.number() });
type Entry = z.infer<typeof Entry>;
const FileSchema = z.object({ format: z.literal('hearth-sign-in-attempts'), version: z.literal(1), names: z.record(z.string(), Entry) });

export interface ThrottleOptions {
  /** Where the counters live; without it they are kept in memory only. */
  file?: string;
  freeAttempts?: number;
  maxDelayMs?: number;
}

const bucketOf = (name: string) => name.normalize('NFC').trim().toLowerCase();

export class PassphraseThrottle {
  #memory: Record<string, Entry> = {};
  readonly #freeAttempts: number;
  readonly #maxDelayMs: number;

  constructor(
    private readonly now: () => number,
    private readonly options: ThrottleOptions = {},
  ) {
    this.#freeAttempts = options.freeAttempts ?? 2;
    this.#maxDelayMs = options.maxDelayMs ?? 5 * 60_000;
  }

  assertAllowed(name: string): void {
    const entry = this.#load()[bucketOf(name)];
    const wait = (entry?.nextAllowedAt ?? 0) - this.now();
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new AppError('locked-out', `Too many wrong passphrases. Wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`);
    }
  }

  recordFailure(name: string): void {
    const names = this.#load();
    const key = bucketOf(name);
    const now = this.now();
    const before = names[key];
    const failures = before && now - before.lastFailureAt < FORGET_AFTER_MS ? before.failures + 1 : 1;
    const over = failures - this.#freeAttempts;
    names[key] = { failures, lastFailureAt: now, nextAllowedAt: over > 0 ? now + Math.min(this.#maxDelayMs, 1000 * 2 ** over) : 0 };
    this.#save(names);
  }

  recordSuccess(name: string): void {
    const names = this.#load();
    const key = bucketOf(name);
    if (!(key in names)) return;
    delete names[key];
    this.#save(names);
  }

  failures(name: string): number {
    return this.#load()[bucketOf(name)]?.failures ?? 0;
  }

  #load(): Record<string, Entry> {
    const file = this.options.file;
    if (!file || !existsSync(file)) return { ...this.#memory };
    try {
      const parsed = FileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      // A damaged file is started afresh: anyone able to damage it could as well delete it.
      return parsed.success ? parsed.data.names : {};
    } catch {
      return {};
    }
  }

  #save(names: Record<string, Entry>): void {
    const now = this.now();
    const kept = Object.entries(names)
      .filter(([, e]) => now - e.lastFailureAt < FORGET_AFTER_MS || e.nextAllowedAt > now)
      .sort((a, b) => b[1].lastFailureAt - a[1].lastFailureAt)
      .slice(0, MAX_NAMES);
    const next = Object.fromEntries(kept);
    this.#memory = next;
    const file = this.options.file;
    // No workspace folder yet (nothing to sign in to): memory is enough.
    if (!file || !existsSync(dirname(file))) return;
    writeFileAtomic(file, `${JSON.stringify({ format: 'hearth-sign-in-attempts', version: 1, names: next }, null, 2)}\n`);
  }
}
