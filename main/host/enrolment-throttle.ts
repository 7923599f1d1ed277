/**
 * Wrong enrolment codes, throttled (issue 22). A code is 60 random bits, used once and dead after 15 minutes,
 * so guessing one is hopeless anyway; the throttle keeps it so, keeps a machine on the LAN from filling the
 * audit log with refusals, and tells the administrator something is trying. Counted per source address and
 * over all addresses, in a window of a quarter of an hour (a code's life): past either limit, /enrol refuses
 * without looking at the code, until the window's first failure is 15 minutes old. Kept in memory: a
 * restart of the host starts afresh, and every code made before it is still single-use and short-lived.
 */
export const WINDOW_MS = 15 * 60_000;
/** Enough for a person who mistypes a few times. */
export const PER_ADDRESS = 5;
/** Enough for a morning of PCs being enrolled with typos; beyond it, someone is trying many addresses. */
export const OVERALL = 20;

export type EnrolRefusal = { scope: 'address' | 'overall'; retryAt: number };

export class EnrolmentThrottle {
  readonly #byAddress = new Map<string, number[]>();
  #all: number[] = [];

  constructor(private readonly now: () => number) {}

  /** Why a request from this address is refused now, or null when it may try a code. */
  refusal(address: string): EnrolRefusal | null {
    const now = this.now();
    this.#all = this.#all.filter((t) => now - t < WINDOW_MS);
    // Addresses that tried once and went away are forgotten too: the map stays small.
    if (this.#byAddress.size > 4 * OVERALL) for (const [a, times] of this.#byAddress) if (times.every((t) => now - t >= WINDOW_MS)) this.#byAddress.delete(a);
    const mine = (this.#byAddress.get(address) ?? []).filter((t) => now - t < WINDOW_MS);
    if (mine.length) this.#byAddress.set(address, mine);
    else this.#byAddress.delete(address);
    if (mine.length >= PER_ADDRESS) return { scope: 'address', retryAt: mine[0]! + WINDOW_MS };
    if (this.#all.length >= OVERALL) return { scope: 'overall', retryAt: this.#all[0]! + WINDOW_MS };
    return null;
  }

  /** A wrong, used or expired code. Returns the refusal it starts, if it is the one that reached a limit. */
  recordFailure(address: string): EnrolRefusal | null {
    const now = this.now();
    this.#all.push(now);
    this.#byAddress.set(address, [...(this.#byAddress.get(address) ?? []), now]);
    return this.refusal(address);
  }
}
