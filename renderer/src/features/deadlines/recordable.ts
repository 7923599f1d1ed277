import type { RECORDABLE_FACTS } from '../../../../shared/schemas/standards';

type RecordableFact = (typeof RECORDABLE_FACTS)[number];

/**
 * Due items an officer meets by recording one fact, straight from a dashboard line (issue 4 §6). The
 * rule ids are the default profiles'; a rule an administrator adds under another id simply has no
 * quick action, and is met from the case as usual.
 */
const QUICK: Record<string, { kind: RecordableFact; noun: string }> = {
  acknowledge: { kind: 'acknowledged', noun: 'acknowledgement' },
  'urgent-response': { kind: 'urgent-response', noun: 'urgent response' },
  'graffiti-removal': { kind: 'graffiti-removed', noun: 'graffiti removal' },
  'emergency-repair': { kind: 'repair-done', noun: 'emergency repair' },
  'case-review': { kind: 'case-review', noun: 'case review' },
  'feedback-survey': { kind: 'survey-offered', noun: 'feedback survey offer' },
};

export function quickFactFor(ruleId: string): { kind: RecordableFact; noun: string } | null {
  return Object.hasOwn(QUICK, ruleId) ? QUICK[ruleId]! : null;
}
