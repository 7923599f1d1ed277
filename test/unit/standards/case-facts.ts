import type { CaseFacts, DueItem } from '../../../shared/standards/engine';

/**
 * A plain case for the deadline engine's tests: received at the given instant, a harassment case with no
 * flags, facts, plan or waivers, so each test states only what its rule depends on.
 */
export function caseReceivedAt(receivedAt: string, over: Partial<CaseFacts> = {}): CaseFacts {
  return {
    receivedAt,
    category: 'harassment',
    flags: [],
    motivation: [],
    hateIncident: false,
    riskLevel: 'standard',
    closedAt: null,
    facts: [],
    planContactIntervalDays: null,
    waivers: [],
    ...over,
  };
}

/** The due items one rule produced. */
export const byRule = (items: DueItem[], id: string): DueItem[] => items.filter((i) => i.ruleId === id);
