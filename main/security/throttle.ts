import { AppError } from '../../shared/result';

/**
 * Slows down repeated wrong passphrases (DESIGN §2): the first two failures cost nothing, then each one
 * doubles the wait, up to five minutes. A right passphrase resets it. The counter lives in memory; the
 * scrypt cost of every attempt (about 0.4 s) is the floor underneath it.
 */
export class PassphraseThrottle {
  #failures = 0;
  #nextAllowedAt = 0;

  constructor(
    private readonly now: () => number,
    private readonly freeAttempts = 2,
    private readonly maxDelayMs = 5 * 60_000,
  ) {}

  assertAllowed(): void {
    const wait = this.#nextAllowedAt - this.now();
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new AppError('locked-out', `Too many wrong passphrases. Wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`);
    }
  }

  recordFailure(): void {
    this.#failures += 1;
    const over = this.#failures - this.freeAttempts;
    if (over > 0) this.#nextAllowedAt = this.now() + Math.min(this.maxDelayMs, 1000 * 2 ** over);
  }

  recordSuccess(): void {
    this.#failures = 0;
    this.#nextAllowedAt = 0;
  }

  get failures(): number {
    return this.#failures;
  }
}
