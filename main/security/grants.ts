/**
 * Break-glass access to restricted cases (issue 13): opening a restricted case with a stated reason
 * grants this session that case for a set time. The grants live with the session and end with it (lock,
 * sign-out, another sign-in); the reason and the expiry are in the audit event of the opening.
 */
export class RestrictedGrants {
  readonly #until = new Map<number, number>();

  constructor(private readonly now: () => Date) {}

  /** When a grant given now for `minutes` would end. */
  expiryAfter(minutes: number): Date {
    return new Date(this.now().getTime() + minutes * 60_000);
  }

  /** Grants (or renews) access to one case until the given time. */
  give(caseId: number, until: Date): void {
    this.#until.set(caseId, until.getTime());
  }

  /** When the live grant for this case ends, or null when there is none (an expired one is forgotten). */
  liveUntil(caseId: number): Date | null {
    const until = this.#until.get(caseId);
    if (until === undefined) return null;
    if (until <= this.now().getTime()) {
      this.#until.delete(caseId);
      return null;
    }
    return new Date(until);
  }

  /** The cases with a live grant (for lists that show more of a granted restricted case). */
  liveCaseIds(): Set<number> {
    return new Set([...this.#until.keys()].filter((id) => this.liveUntil(id) !== null));
  }
}
