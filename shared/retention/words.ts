import type { RecordKind, RetentionRule, RetentionTrigger } from './schedule';

/**
 * Retention periods the way people say them (issue 21): "6 years after the case closed", not "72 months";
 * months only when the period is not whole years ("18 months"). Used by the review screen, the schedule
 * editor, the CLI and the warnings, so they all say it the same way.
 */
export function periodWords(months: number): string {
  if (months % 12 === 0) {
    const years = months / 12;
    return `${years} year${years === 1 ? '' : 's'}`;
  }
  return `${months} month${months === 1 ? '' : 's'}`;
}

export const TRIGGER_WORDS: Record<RetentionTrigger, string> = {
  'case-closed': 'the case closed',
  'legal-action-ended': 'the last legal action ended',
  'youngest-party-25': "the youngest party's 25th birthday",
};

export const RECORD_KIND_WORDS: Record<RecordKind, string> = {
  case: 'closed cases',
  'screened-out-report': 'reports screened out at intake',
  'case-with-legal-action': 'cases with an injunction, order, ABC or possession claim',
  'case-involving-child': 'cases where a party was a child',
};

/** "6 years after the case closed"; "until the youngest party's 25th birthday" for a period of none. */
export function ruleWords(rule: Pick<RetentionRule, 'keepMonths' | 'trigger'>): string {
  if (rule.keepMonths === 0) return rule.trigger === 'youngest-party-25' ? `until ${TRIGGER_WORDS[rule.trigger]}` : `until ${TRIGGER_WORDS[rule.trigger]}, no longer`;
  return `${periodWords(rule.keepMonths)} after ${TRIGGER_WORDS[rule.trigger]}`;
}
