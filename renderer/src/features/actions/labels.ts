import { ACTION_KINDS, type ActionKind } from '../../../../shared/domain/action-kinds';
import { policyWords } from '../../../../shared/domain/policy-paragraphs';

/** Words for the codes of interventions and legal actions (DESIGN §5), kept out of the components. */

/** The ladder, lightest first, as the choices of the "What action?" question. */
export const KIND_OPTIONS = [{ value: '', label: 'Choose the action' }, ...ACTION_KINDS.map((k) => ({ value: k.code, label: policyWords(k.label) }))];

export const isCourtKind = (kind: string) => ACTION_KINDS.find((k) => k.code === kind)?.court ?? false;

/** The person an action is against; none for a letter to an area (P5.3), optional for mediation. */
export const needsSubject = (kind: ActionKind | '') => kind !== '' && kind !== 'area-letter' && kind !== 'mediation';

export const POLICE_MEASURE_LABELS: Record<string, string> = {
  caution: 'Caution',
  'conditional-caution': 'Conditional caution',
  'community-resolution': 'Community resolution',
  'youth-caution': 'Youth caution',
  arrest: 'Arrest',
  charge: 'Charge',
  prosecution: 'Prosecution',
};

export const STATUS_LABELS: Record<string, string> = {
  active: 'Active',
  granted: 'Granted by the court',
  refused: 'Refused by the court',
  completed: 'Completed',
  withdrawn: 'Withdrawn',
  expired: 'Expired',
};

/**
 * An action's status in words for its kind: a court action that is "active" has been applied for and
 * waits for the court (issue 17 found an injunction shown "Active" on the day it was only applied for);
 * the court's answer is granted or refused, and a granted order later expires.
 */
export function statusWords(kind: string, status: string): string {
  if (status === 'active' && isCourtKind(kind)) return 'Applied for (waiting for the court)';
  return STATUS_LABELS[status] ?? status;
}

export const EVENT_LABELS: Record<string, string> = {
  hearing: 'Hearing',
  review: 'Review',
  breach: 'Breach',
  outcome: 'Outcome',
  variation: 'Variation of the terms',
};

/** Which events make sense for an action: court actions have hearings, contracts have reviews. */
export function eventKindsFor(kind: string): string[] {
  if (isCourtKind(kind)) return ['hearing', 'breach', 'variation', 'outcome'];
  if (kind === 'abc') return ['review', 'breach', 'outcome'];
  if (kind.includes('warning')) return ['breach', 'outcome'];
  return ['review', 'outcome'];
}

/** The words of the button that records what happened on an action. */
export function eventButtonWords(kind: string): string {
  if (isCourtKind(kind)) return 'Record a hearing or breach';
  if (kind === 'abc') return 'Record a review or breach';
  if (kind.includes('warning')) return 'Record a breach or outcome';
  return 'Record a review or outcome';
}

/** "Live until" for a warning, "Runs until" for a contract, "Expires" for an order. */
export function expiryLabel(kind: string): string {
  if (kind.includes('warning')) return 'Live until';
  if (kind === 'abc') return 'Runs until';
  return 'Expires';
}

/** "civil injunction" for "Civil injunction (ASBCPA 2014 s1)": the action's name inside a sentence. */
export const actionName = (label: string) => label.replace(/\s*\(.*\)$/, '').toLowerCase();
