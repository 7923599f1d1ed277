/**
 * Wrong enrolment codes, throttled (issue 22). A code is 60 random bits, used once and dead after 15 minutes,
 * so guessing one is hopeless anyway; the throttle keeps it so, keeps a machine on the LAN from filling the
 * audit log with refusals, and tells the administrator something is trying. Counted per source address and
 * over all addresses, in a window of a quarter of an hour (a code's life): past either limit, /enrol refuses
 * without looking at the code, until the window's first failure is 15 minutes old. The failures are also kept
 * in the host's workspace (migration 0039, through `kept`), so restarting the host does not reset the count:
 * a guesser cannot get five more tries by making the administrator restart it.
 */
export const WINDOW_MS = 15 * 60_000;
/** Enough for a person who mistypes a few times. */
export const PER_ADDRESS = 5;
/** Enough for a morning of PCs being enrolled with typos; beyond it, someone is trying many addresses. */
export const OVERALL = 20;

export type EnrolRefusal = { scope: 'address' | 'overall'; retryAt: number };

/** Where the failures outlive the process: the host's workspace (main/host/store.ts). */
export interface KeptFailures {
  /** Failures after `since` (ms), oldest first. */
  read(since: number): { address: string; at: number }[];
  add(address: string, at: number): void;
  /** Forgets failures at or before `before` (ms): out of the window, they count for nothing. */
  prune(before: number): void;
}

export class EnrolmentThrottle {
  readonly #byAddress = new Map<string, number[]>();
  #all: number[] = [];

  constructor(
    private readonly now: () => number,
    private readonly kept: KeptFailures | null = null,
  ) {
    if (!kept) return;
    const since = now() - WINDOW_MS;
    kept.prune(since);
    for (const { address, at } of kept.read(since)) {
      this.#all.push(at);
      this.#byAddress.set(address, [...(this.#byAddress.get(address) ?? []), at]);
    }
  }

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
    this.kept?.prune(now - WINDOW_MS);
    this.kept?.add(address, now);
    this.#all.push(now);
    this.#byAddress.set(address, [...(this.#byAddress.get(address) ?? []), now]);
    return this.refusal(address);
  }
}
