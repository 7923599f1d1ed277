import { z } from 'zod';
import { Id } from './common';
import { IsoDate, Postcode } from './cases';

/**
 * Schemas of the ASB Case Review (issue 20; Anti-social Behaviour, Crime and Policing Act 2014, s.104):
 * the application, the threshold decision, the review, its recommendations and an escalation.
 * Every input names its case, so dispatch applies the partner and restricted-case rules before the
 * handler runs; the service checks the application belongs to that case.
 */
const text = (max: number) => z.string().trim().max(max);

export const RECEIVED_VIA = [
  { code: 'partner', label: 'To us directly' },
  { code: 'council', label: 'Passed on by the council (the point of contact)' },
  { code: 'police', label: 'Passed on by the police' },
  { code: 'other', label: 'Passed on by another relevant body' },
] as const;
export const RECOMMENDATION_STATUSES = [
  { code: 'open', label: 'Open' },
  { code: 'done', label: 'Done' },
  { code: 'not-done', label: 'Not done (closed without being done)' },
] as const;
export const ESCALATION_OUTCOMES = [
  { code: 'pending', label: 'Waiting for the outcome' },
  { code: 'upheld', label: 'Upheld: the review is looked at again' },
  { code: 'not-upheld', label: 'Not upheld' },
] as const;
const codesOf = <T extends readonly { code: string }[]>(items: T) => items.map((i) => i.code) as [T[number]['code'], ...T[number]['code'][]];

export const CaseReviewApplyInput = z
  .object({
    caseId: Id,
    /** The applicant as a party on the case, or null for someone who is not (named below, with consent). */
    applicantPartyId: Id.nullable().default(null),
    applicantName: text(120).default(''),
    /** Where the letters about the application go, for an applicant who is not on the case (a party's is on their record). */
    applicantAddress: text(300).default(''),
    applicantPostcode: Postcode.default(''),
    /** Applying for someone else (the victim), which needs the victim's consent. */
    onBehalf: z.boolean().default(false),
    victimPartyId: Id.nullable().default(null),
    /** The day consent was given: the victim's (on behalf), or the applicant's to be recorded (not a party). */
    consentOn: IsoDate.nullable().default(null),
    consentNotes: text(500).default(''),
    receivedOn: IsoDate,
    receivedVia: z.enum(codesOf(RECEIVED_VIA)),
    viaReference: text(60).default(''),
    /** Other cases about the same behaviour: their complaints count too, each once. */
    linkedCaseIds: z.array(Id).max(20).default([]),
    addresses: z.array(text(300).min(1)).max(10).default([]),
    vulnerable: z.boolean().default(false),
  })
  .strict()
  .refine((i) => i.applicantPartyId !== null || i.applicantName.length >= 2, { message: 'Choose the applicant from the case, or enter the name of someone who is not on it.', path: ['applicantName'] })
  .refine((i) => (i.applicantPartyId !== null && !i.onBehalf) || i.consentOn !== null, {
    message: 'Enter the day consent was given: someone applying for the victim needs the victim’s consent, and an applicant who is not on the case is recorded only with theirs.',
    path: ['consentOn'],
  })
  .refine((i) => !i.onBehalf || i.victimPartyId !== null, { message: 'Choose the victim the application is made for.', path: ['victimPartyId'] })
  .refine((i) => i.applicantPartyId !== null || i.applicantAddress.length >= 5, {
    message: 'Enter the applicant’s postal address: someone who is not on the case is written to there about their application.',
    path: ['applicantAddress'],
  })
  .refine((i) => i.applicantPartyId === null || (i.applicantAddress === '' && i.applicantPostcode === ''), {
    message: 'The applicant is on the case: letters go to the address on their record. Change it there, and leave the applicant’s address here empty.',
    path: ['applicantAddress'],
  });
export type CaseReviewApplyInput = z.infer<typeof CaseReviewApplyInput>;

const Ref = { caseId: Id, applicationId: Id };

export const ThresholdCorrection = z.object({ key: z.string().regex(/^(incident|report):\d+$/), counts: z.boolean(), reason: text(500).min(10, 'Say why the count is corrected (at least 10 characters).') }).strict();

export const CaseReviewThresholdInput = z
  .object({
    ...Ref,
    corrections: z.array(ThresholdCorrection).max(500).default([]),
    decidedOn: IsoDate,
    /** The decision as the relevant bodies took it; a decision that differs from the count needs its reason. */
    met: z.boolean(),
    reason: text(2000).default(''),
  })
  .strict();

export const CaseReviewRecordInput = z
  .object({
    ...Ref,
    leadBody: text(120).min(2, 'Enter the body that leads the review (usually the council).'),
    meetingOn: IsoDate,
    attendees: z.array(text(160).min(1)).min(1, 'Enter at least one attendee.').max(30),
    held: z.boolean().default(true),
    decision: text(4000).min(10, 'Say what the review decided (at least 10 characters).'),
    applicantToldOn: IsoDate.nullable().default(null),
  })
  .strict();

export const RecommendationAddInput = z
  .object({
    ...Ref,
    ownerBody: text(120).min(2, 'Enter who owns the recommendation.'),
    /** True when the owner is this partner: it then appears on the officer's dashboard as a due item. */
    partnerOwned: z.boolean(),
    what: text(1000).min(5, 'Say what is to be done.'),
    dueOn: IsoDate,
  })
  .strict();

export const RecommendationUpdateInput = z
  .object({
    caseId: Id,
    id: Id,
    status: z.enum(codesOf(RECOMMENDATION_STATUSES)),
    evidence: text(2000).default(''),
    completedOn: IsoDate.nullable().default(null),
  })
  .strict()
  .refine((u) => u.status === 'open' || u.completedOn !== null, { message: 'Enter the day it was done or closed.', path: ['completedOn'] })
  .refine((u) => u.status !== 'done' || u.evidence.length >= 5, { message: 'Say what shows it was done (the evidence of completion).', path: ['evidence'] });

export const EscalationInput = z
  .object({
    ...Ref,
    /** Null records a new escalation; an id records the outcome of that one. */
    id: Id.nullable().default(null),
    madeOn: IsoDate,
    grounds: text(2000).min(5, 'Say what the applicant is unhappy about.'),
    outcome: z.enum(codesOf(ESCALATION_OUTCOMES)).default('pending'),
    outcomeOn: IsoDate.nullable().default(null),
    outcomeNotes: text(2000).default(''),
  })
  .strict()
  .refine((e) => (e.outcome === 'pending') === (e.outcomeOn === null), { message: 'Enter the day of the outcome (and only with an outcome).', path: ['outcomeOn'] });

/** Where letters go for an applicant who is not on the case: recorded, or corrected, after the application. */
export const ApplicantAddressInput = z
  .object({
    ...Ref,
    address: text(300).min(5, 'Enter the applicant’s postal address: the letters about their application go there.'),
    postcode: Postcode.default(''),
  })
  .strict();

/** Links another case about the same behaviour to an application: its complaints are counted too, each once. */
export const CaseReviewLinkInput = z
  .object({
    ...Ref,
    ref: text(40).min(3, 'Enter the reference of the case to link, like H-2026-0042.'),
  })
  .strict();

export const CheckedComplaintView = z.object({
  key: z.string(),
  caseId: Id,
  caseRef: z.string(),
  occurredAt: z.string(),
  reportedAt: z.string().nullable(),
  recordedAt: z.string(),
  reporter: z.string(),
  hate: z.boolean(),
  description: z.string(),
  occurredOn: z.string(),
  reportedOn: z.string(),
  counts: z.boolean(),
  countsBefore: z.boolean(),
  why: z.string(),
  duplicateOf: z.string().nullable(),
  corrected: z.object({ key: z.string(), counts: z.boolean(), reason: z.string() }).nullable(),
});

export const RecommendationView = z.object({
  id: Id,
  ownerBody: z.string(),
  partnerOwned: z.boolean(),
  what: z.string(),
  dueOn: z.string(),
  status: z.string(),
  evidence: z.string(),
  completedOn: z.string().nullable(),
});
export type RecommendationView = z.infer<typeof RecommendationView>;

export const ApplicationView = z.object({
  id: Id,
  caseId: Id,
  caseRef: z.string(),
  partner: z.string(),
  applicantPartyId: Id.nullable(),
  applicantName: z.string(),
  /** Not a party on the case: recorded as the applicant only (with consent). */
  applicantOnly: z.boolean(),
  /** Such an applicant's postal address (empty for a party, whose address is on their record). */
  applicantAddress: z.string(),
  applicantPostcode: z.string(),
  onBehalf: z.boolean(),
  victimPartyId: Id.nullable(),
  victimName: z.string().nullable(),
  consentOn: z.string().nullable(),
  consentNotes: z.string(),
  receivedOn: z.string(),
  receivedVia: z.string(),
  viaReference: z.string(),
  addresses: z.array(z.string()),
  vulnerable: z.boolean(),
  linkedCases: z.array(z.object({ id: Id, ref: z.string() })),
  threshold: z.object({ id: z.string(), version: z.number(), name: z.string(), words: z.string() }),
  check: z.object({
    windowFrom: z.string(),
    windowTo: z.string(),
    needed: z.number(),
    counted: z.number(),
    hateCounted: z.number(),
    met: z.boolean(),
    basis: z.string(),
    complaints: z.array(CheckedComplaintView),
  }),
  decision: z.object({ met: z.boolean(), decidedOn: z.string(), reason: z.string(), counted: z.number() }).nullable(),
  review: z
    .object({ leadBody: z.string(), meetingOn: z.string(), attendees: z.array(z.string()), held: z.boolean(), decision: z.string(), applicantToldOn: z.string().nullable() })
    .nullable(),
  recommendations: z.array(RecommendationView),
  escalations: z.array(z.object({ id: Id, madeOn: z.string(), grounds: z.string(), outcome: z.string(), outcomeOn: z.string().nullable(), outcomeNotes: z.string() })),
});
export type ApplicationView = z.infer<typeof ApplicationView>;

export const CaseReviewView = z.object({
  /** Said when the case is closed: an application is still recorded; reopen the case or link a new one. */
  notice: z.string().nullable(),
  thresholdInForce: z.object({ id: z.string(), version: z.number(), name: z.string(), words: z.string() }),
  applications: z.array(ApplicationView),
});
export type CaseReviewView = z.infer<typeof CaseReviewView>;

export const CaseReviewListInput = z.object({ partner: z.string().nullable().default(null), from: IsoDate.nullable().default(null), to: IsoDate.nullable().default(null) }).strict();
export const CaseReviewListRow = z.object({
  id: Id,
  caseId: Id,
  caseRef: z.string(),
  partner: z.string(),
  receivedOn: z.string(),
  receivedVia: z.string(),
  applicantName: z.string(),
  thresholdMet: z.boolean().nullable(),
  meetingOn: z.string().nullable(),
  recommendations: z.number(),
  openRecommendations: z.number(),
});
export type CaseReviewListRow = z.infer<typeof CaseReviewListRow>;

/** A partner's ASB case review threshold versions (issue 20): what is in force, and since when. */
export const ThresholdListInput = z.object({ partner: z.string().trim().min(1, 'Name the partner, such as C33.') }).strict();

/** A new version of a partner's threshold, in force from a day. The rule's limits are shared/case-review/thresholds.ts. */
export const ThresholdSetInput = z
  .object({
    partner: z.string().trim().min(1, 'Name the partner, such as C33.'),
    inForceFrom: IsoDate,
    name: text(120).min(3, 'Give the threshold a name of at least 3 characters, such as “Three complaints in six months”.'),
    count: z.number().int().min(1).max(3, 'The Act (s.104(4)) sets the threshold at no more than three complaints.'),
    windowMonths: z.number().int().min(6, 'The window cannot be shorter than the Act’s six months (s.104(11)).').max(24),
    reportWithinMonths: z.number().int().min(1).max(12).default(1),
    hateIncidents: z.number().int().min(1).max(3).nullable().default(null),
    vulnerableCount: z.number().int().min(1).max(3).nullable().default(null),
    why: text(600).default(''),
  })
  .strict()
  .refine((t) => t.vulnerableCount === null || t.vulnerableCount <= t.count, { message: 'The count for a vulnerable victim cannot be higher than the usual count.', path: ['vulnerableCount'] });

export const ThresholdVersionView = z.object({
  id: z.string(),
  version: z.number(),
  name: z.string(),
  words: z.string(),
  count: z.number(),
  windowMonths: z.number(),
  reportWithinMonths: z.number(),
  hateIncidents: z.number().nullable(),
  vulnerableCount: z.number().nullable(),
  why: z.string(),
  /** Null for the area's starting threshold (in force until the first dated version). */
  inForceFrom: z.string().nullable(),
  setBy: z.string().nullable(),
  setAt: z.string().nullable(),
  /** The one in force today. */
  current: z.boolean(),
});
export type ThresholdVersionView = z.infer<typeof ThresholdVersionView>;
export const ThresholdVersions = z.object({ partner: z.string(), versions: z.array(ThresholdVersionView) });
export type ThresholdVersions = z.infer<typeof ThresholdVersions>;
