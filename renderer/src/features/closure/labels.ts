/** Words for closing a case (P6.2), its appeal and the feedback survey. */

export const OUTCOMES = [
  { code: 'resolved', label: 'Resolved' },
  { code: 'no-further-action', label: 'No further action possible' },
  { code: 'unfounded', label: 'Not substantiated' },
  { code: 'moved-away', label: 'A party moved away' },
  { code: 'referred-elsewhere', label: 'Referred to another agency' },
  { code: 'other', label: 'Other' },
] as const;
export type Outcome = (typeof OUTCOMES)[number]['code'];

export const DECISIONS = [
  { code: 'reopen', label: 'Reopen the case' },
  { code: 'uphold', label: 'Uphold the closure' },
] as const;

/** TP12-style satisfaction, the number and its words together, never a bare number. */
export const SATISFACTION = [
  { code: '5', label: '5 — Very satisfied' },
  { code: '4', label: '4 — Fairly satisfied' },
  { code: '3', label: '3 — Neither satisfied nor dissatisfied' },
  { code: '2', label: '2 — Fairly dissatisfied' },
  { code: '1', label: '1 — Very dissatisfied' },
  { code: 'none', label: 'They did not answer this question' },
] as const;
export type Satisfaction = (typeof SATISFACTION)[number]['code'];

export const satisfactionWords = (n: number) => SATISFACTION.find((s) => s.code === String(n))?.label ?? String(n);
