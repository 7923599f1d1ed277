import type { RECORDABLE_FACTS } from '../../../../shared/schemas/standards';

type RecordableFact = (typeof RECORDABLE_FACTS)[number];

/**
 * Due items an officer meets by recording one fact, straight from a dashboard line (issue 4 §6). The
 * rule ids are the default profiles'; a rule an administrator adds under another id simply has no
 * quick action, and is met from the case as usual.
 */
export interface QuickFact {
  kind: RecordableFact;
  noun: string;
  /** The question "how?" asks: by which means the person was reached, or who did the work. */
  how: 'contact' | 'work' | 'review';
}

const QUICK: Record<string, QuickFact> = {
  acknowledge: { kind: 'acknowledged', noun: 'acknowledgement', how: 'contact' },
  'urgent-response': { kind: 'urgent-response', noun: 'urgent response', how: 'contact' },
  'graffiti-removal': { kind: 'graffiti-removed', noun: 'graffiti removal', how: 'work' },
  'emergency-repair': { kind: 'repair-done', noun: 'emergency repair', how: 'work' },
  'case-review': { kind: 'case-review', noun: 'case review', how: 'review' },
  'feedback-survey': { kind: 'survey-offered', noun: 'feedback survey offer', how: 'contact' },
};

/** The answers to "how?", by the kind of fact. */
export const HOW_OPTIONS: Record<QuickFact['how'], { legend: string; options: readonly { code: string; label: string }[] }> = {
  contact: {
    legend: 'How?',
    options: [
      { code: 'phone', label: 'By phone' },
      { code: 'visit', label: 'In person' },
      { code: 'letter', label: 'By letter' },
      { code: 'email', label: 'By email' },
      { code: 'text', label: 'By text message' },
    ],
  },
  work: {
    legend: 'Who did it?',
    options: [
      { code: 'own-team', label: 'Our own team' },
      { code: 'contractor', label: 'A contractor' },
      { code: 'council', label: 'The council' },
    ],
  },
  review: {
    legend: 'How was it reviewed?',
    options: [
      { code: 'supervision', label: 'In supervision with a manager' },
      { code: 'panel', label: 'At a case panel' },
      { code: 'desk', label: 'A desk review by the officer' },
    ],
  },
};

export function quickFactFor(ruleId: string): QuickFact | null {
  return Object.hasOwn(QUICK, ruleId) ? QUICK[ruleId]! : null;
}
