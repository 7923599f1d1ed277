/**
 * The escalation ladder (P5, DESIGN §5), lightest first, in today's law (law.md §3.1): the policy's
 * "Housing Act s153 injunction" is the ASBCPA 2014 s1 civil injunction, its "ASBO on conviction" the
 * Criminal Behaviour Order.
 */
export const ACTION_KINDS = [
  { code: 'verbal-warning', label: 'Verbal warning', legal: false, court: false },
  { code: 'written-warning-first', label: 'First written warning', legal: false, court: false },
  { code: 'written-warning-final', label: 'Final written warning', legal: false, court: false },
  { code: 'police-measure', label: 'Police measure (caution, community resolution, youth caution, arrest, charge)', legal: false, court: false },
  { code: 'abc', label: 'Acceptable Behaviour Contract', legal: false, court: false },
  { code: 'mediation', label: 'Mediation', legal: false, court: false },
  { code: 'civil-injunction', label: 'Civil injunction (ASBCPA 2014 s1)', legal: true, court: true },
  { code: 'restraining-order', label: 'Restraining order (Protection from Harassment Act 1997)', legal: true, court: true },
  { code: 'criminal-behaviour-order', label: 'Criminal Behaviour Order', legal: true, court: true },
  { code: 'closure-order', label: 'Closure order (ASBCPA 2014 s80)', legal: true, court: true },
  { code: 'demotion', label: 'Demotion order', legal: true, court: true },
  { code: 'possession', label: 'Possession proceedings', legal: true, court: true },
  { code: 'management-move', label: 'Management move', legal: false, court: false },
  { code: 'area-letter', label: 'Letter to all residents in an area (P5.3)', legal: false, court: false },
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number]['code'];
export const ACTION_KIND_CODES = ACTION_KINDS.map((k) => k.code) as [ActionKind, ...ActionKind[]];
export const isLegalAction = (kind: ActionKind) => ACTION_KINDS.find((k) => k.code === kind)?.legal ?? false;
export const actionLabel = (kind: ActionKind) => ACTION_KINDS.find((k) => k.code === kind)?.label ?? kind;

export const POLICE_MEASURES = ['caution', 'conditional-caution', 'community-resolution', 'youth-caution', 'arrest', 'charge', 'prosecution'] as const;
/** Police measures that mean the police are taking criminal action (P5.8: we may hold off). */
export const CRIMINAL_ACTION_MEASURES: readonly (typeof POLICE_MEASURES)[number][] = ['arrest', 'charge', 'prosecution'];

/** How a written warning's confirmation was obtained (P5.4: "some level of confirmation"). */
export const CONFIRMATION_BASES = [
  { code: 'staff-witnessed', label: 'Witnessed by a member of staff' },
  { code: 'independent-witness', label: 'Independent witness account' },
  { code: 'police-information', label: 'Police information' },
  { code: 'recording', label: 'CCTV, photo or sound recording' },
  { code: 'admission', label: 'The person admitted it' },
  { code: 'other', label: 'Other corroboration' },
] as const;

/**
 * Possession grounds by tenure (P5.13, law.md §3.1). Discretionary: Ground 2 (secure, HA 1985 Sch 2) and
 * Ground 14 (assured, HA 1988 Sch 2). Absolute: s84A (secure) and Ground 7A (assured), on one of five
 * conditions.
 */
export const POSSESSION_GROUNDS = {
  secure: { discretionary: 'Ground 2 (Housing Act 1985, Schedule 2)', absolute: 'Absolute ground, Housing Act 1985 s84A' },
  assured: { discretionary: 'Ground 14 (Housing Act 1988, Schedule 2)', absolute: 'Ground 7A (Housing Act 1988, Schedule 2)' },
} as const;

export const ABSOLUTE_CONDITIONS = [
  { code: 'serious-offence', label: 'Convicted of a serious offence (Schedule 2A)' },
  { code: 'injunction-breach', label: 'Court found a breach of a civil injunction (ASBCPA s1)' },
  { code: 'cbo-breach', label: 'Convicted of breaching a Criminal Behaviour Order' },
  { code: 'closure-order', label: 'A closure order for over 48 hours' },
  { code: 'noise-abatement', label: 'Convicted of breaching a noise abatement notice or order' },
] as const;
export type AbsoluteCondition = (typeof ABSOLUTE_CONDITIONS)[number]['code'];
