import type { DueRecord, DueState } from '../../shared/standards/engine';
import type { Profile, Rule } from '../../shared/standards/profile';

/**
 * A digest of the due items a case stores (every column due_items holds), kept in due_digests. Recomputing
 * every open case compares digests instead of reading back half a million stored items: a case whose
 * digest is unchanged has nothing to write. Two independent 32-bit lanes make a 64-bit hash, so a change
 * that goes unnoticed by chance is about one in 10^19 per case.
 */
const LANE_A = 0x811c9dc5;
const LANE_B = 0x01000193 ^ 0x5bd1e995;
const TWO_32 = 4_294_967_296;

class Hash {
  a = LANE_A;
  b = LANE_B;

  int(n: number): void {
    this.a = Math.imul(this.a ^ (n >>> 0), 0x01000193);
    this.b = Math.imul(this.b ^ (n >>> 0), 0x5bd1e995) ^ (this.b >>> 15);
  }

  /** An instant in ms (or -1 for none): more than 32 bits, so both halves. */
  time(ms: number): void {
    this.int(ms >>> 0);
    this.int(Math.floor(ms / TWO_32));
  }

  text(s: string): void {
    for (let i = 0; i < s.length; i += 1) this.int(s.charCodeAt(i));
    this.int(0xffff_ffff);
  }

  value(): string {
    return `${(this.a >>> 0).toString(36)}.${(this.b >>> 0).toString(36)}`;
  }
}

/** What a rule contributes to each of its rows besides times and state: id, label, source, urgency. */
const ruleHashes = new WeakMap<Rule, number>();
function ruleHash(rule: Rule): number {
  let h = ruleHashes.get(rule);
  if (h === undefined) {
    const hash = new Hash();
    hash.text(rule.id);
    hash.text(rule.label);
    hash.text(rule.source);
    hash.int(rule.urgent ? 1 : 0);
    h = hash.a ^ Math.imul(hash.b, 31);
    ruleHashes.set(rule, h);
  }
  return h;
}

export const STATE_CODES = { pending: 1, 'met-on-time': 2, 'met-late': 3, breached: 4, waived: 5 } as const;

/** Digests due items one at a time, as the engine visits them. */
export class DueDigest {
  readonly #hash = new Hash();
  #count = 0;

  constructor(profile: Profile) {
    this.#hash.text(profile.id);
    this.#hash.int(profile.version);
  }

  add(rule: Rule, occurrence: number, start: number, due: number, state: DueState, met: number | null, live: 0 | 1): void {
    const hash = this.#hash;
    hash.int(ruleHash(rule));
    hash.int(occurrence);
    hash.time(start);
    hash.time(due);
    hash.int(STATE_CODES[state]);
    hash.time(met ?? -1);
    hash.int(live);
    this.#count += 1;
  }

  value(): string {
    this.#hash.int(this.#count);
    return this.#hash.value();
  }
}

export function digestOf(records: readonly DueRecord[], profile: Profile, live: (r: DueRecord) => 0 | 1): string {
  const digest = new DueDigest(profile);
  for (const r of records) digest.add(r.rule, r.occurrence, r.start, r.due, r.state, r.met, live(r));
  return digest.value();
}
