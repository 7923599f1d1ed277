import type { Reviewable } from './passages';
import type { TargetedDecision } from './store';

/**
 * The decisions of one review (`target`) that match no passage of the text as it now reads: the record
 * or the letter changed after they were made (issue 16). They never apply silently (the keys are hashes of
 * the passage), and the review lists them so the user knows what no longer counts.
 */
export function staleDecisions(all: readonly TargetedDecision[], target: string, items: readonly Reviewable[]): TargetedDecision[] {
  const live = new Set(items.flatMap((i) => [i.key, i.passageKey]));
  return all.filter((d) => d.target === target && !live.has(d.key));
}

export const staleView = (d: TargetedDecision) => ({ kind: d.kind, place: d.place, decidedBy: d.decidedBy, decidedAt: d.decidedAt });
