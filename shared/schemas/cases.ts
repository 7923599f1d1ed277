import { z } from 'zod';
import {
  ACTS,
  AGENCIES,
  CASE_STATUSES,
  CATEGORIES,
  codes,
  CONSENT_RECIPIENTS,
  CONTACT_KINDS,
  COST_KINDS,
  EVIDENCE_TYPES,
  FLAGS,
  MOTIVATIONS,
  OLD_MOTIVATION_CODES,
  PARTY_ROLES,
  PERCEIVERS,
  SCREEN_OUTCOMES,
  STAFF_ROLES,
  REPORT_METHODS,
  RISK_LEVELS,
  TENURES,
} from '../domain/vocabulary';
import { Id } from './common';

/**
 * Schemas of the case record (issue 3). Rules that need the clock ("not in the future") or the database
 * ("that party is on this case") are checked by the services; these say what a well-formed request is.
 */
export const IsoDateTime = z.iso.datetime({ offset: true, message: 'Use a date and time like 2026-11-21T14:30:00Z.' });
export const IsoDate = z.iso.date({ message: 'Use a date like 2026-11-21.' });
const text = (max: number) => z.string().trim().max(max);
const required = (what: string, max = 2000) => z.string().trim().min(1, `Enter ${what}.`).max(max);

export const Category = z.enum(codes(CATEGORIES));
export const Act = z.enum(codes(ACTS));
/** Older records and import files may name a motivation by its old code (vocabulary.ts OLD_MOTIVATION_CODES). */
export const Motivation = z.preprocess((v) => (typeof v === 'string' ? (OLD_MOTIVATION_CODES[v] ?? v) : v), z.enum(codes(MOTIVATIONS)));
export const Perceiver = z.enum(codes(PERCEIVERS), { message: 'Choose who perceives it as harassment.' });
export const ScreenOutcome = z.enum(codes(SCREEN_OUTCOMES), { message: 'Choose which policy the report belongs under.' });
export const StaffRole = z.enum(codes(STAFF_ROLES));
export const Flag = z.enum(codes(FLAGS));
export const RiskLevel = z.enum(codes(RISK_LEVELS));
export const ReportMethod = z.enum(codes(REPORT_METHODS));
export const PartyRole = z.enum(codes(PARTY_ROLES), { message: 'Choose the person’s role in the case.' });
export const Tenure = z.enum(codes(TENURES));
export const CaseStatus = z.enum(codes(CASE_STATUSES));
export const ConsentRecipient = z.enum(codes(CONSENT_RECIPIENTS));
export const ContactKind = z.enum(codes(CONTACT_KINDS));
export const Agency = z.enum(codes(AGENCIES));
export const CostKind = z.enum(codes(COST_KINDS));
export const EvidenceType = z.enum(codes(EVIDENCE_TYPES));
export const PartnerCode = z.string().trim().regex(/^[A-Z0-9]{2,8}$/, 'A partner code is 2–8 capital letters or digits, such as C33.');

/** UK postcode, normalised to upper case with one space; empty when not known. */
export const Postcode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase().replace(/\s+/g, ''))
  .refine((s) => s === '' || /^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$/.test(s), 'Enter a UK postcode such as N1 1AA, or leave it empty.')
  .transform((s) => (s === '' ? '' : `${s.slice(0, -3)} ${s.slice(-3)}`));

export const FormatNeeds = z
  .object({
    largePrint: z.boolean().default(false),
    easyRead: z.boolean().default(false),
    /** The language, when an interpreter is needed (council page: "provide an interpreter or signer"). */
    interpreter: text(60).nullable().default(null),
    signer: z.boolean().default(false),
    braille: z.boolean().default(false),
    audio: z.boolean().default(false),
  })
  .strict();
export type FormatNeeds = z.infer<typeof FormatNeeds>;

export const Location = z
  .object({ address: text(300).default(''), estate: text(120).default(''), postcode: Postcode.default('') })
  .strict();

export const PartyInput = z
  .object({
    /** Refers to this party elsewhere in the same request (incidents, consents, household links). */
    key: z.string().trim().min(1).max(40),
    role: PartyRole,
    name: text(200).default(''),
    anonymous: z.boolean().default(false),
    dateOfBirth: IsoDate.nullable().default(null),
    address: text(300).default(''),
    postcode: Postcode.default(''),
    phone: text(40).default(''),
    email: z.union([z.literal(''), z.email('Enter a valid e-mail address, or leave it empty.')]).default(''),
    tenure: Tenure.nullable().default(null),
    /** For a household member or visitor: the tenant responsible for them (P3.8). */
    responsibleKey: z.string().trim().max(40).nullable().default(null),
    formatNeeds: FormatNeeds.default({ largePrint: false, easyRead: false, interpreter: null, signer: false, braille: false, audio: false }),
    /** Other details an officer marks as identifying this person (a car, a workplace…), for the disclosure guard. */
    identifyingDetails: z.array(text(200)).max(20).default([]),
    /** Other spellings of the name ("Sian Llewellyn" for "Siân Llywelyn"), so the disclosure guard finds each. */
    otherNames: z.array(text(200)).max(10).default([]),
    /** Issue 18 (council page): a victim or complainant who is a member of staff or a contractor. */
    staffRole: StaffRole.nullable().default(null),
  })
  .strict()
  .refine((p) => p.anonymous || p.name.length > 0, { message: 'Enter the person’s name, or mark them as anonymous.', path: ['name'] });
export type PartyInput = z.infer<typeof PartyInput>;

export const IncidentInput = z
  .object({
    occurredAt: IsoDateTime,
    /**
     * False when only the day is known (issue 17: "your best estimate"): occurredAt is then the start of
     * that London day, and the chronology and statements show the date without a time.
     */
    occurredTimeKnown: z.boolean().default(true),
    /** When the Claimant was told (issue 15): a statement says "reported" only with this time. Null: not recorded. */
    reportedAt: IsoDateTime.nullable().default(null),
    description: required('what happened', 10_000),
    acts: z.array(Act).max(ACTS.length).default([]),
    location: text(300).default(''),
    reportedByKey: z.string().trim().max(40).nullable().default(null),
  })
  .strict();

export const ConsentInput = z
  .object({
    partyKey: z.string().trim().min(1).max(40),
    recipient: ConsentRecipient,
    recipientName: text(200).default(''),
    purpose: text(500).default(''),
    writtenOn: IsoDate,
    /** The written document the consent came from (e.g. "signed form, 20/12/2026"). */
    source: text(300).default('Written consent'),
  })
  .strict();

export const IntakeInput = z
  .object({
    partner: PartnerCode,
    receivedAt: IsoDateTime,
    method: ReportMethod,
    category: Category,
    summary: text(500).default(''),
    location: Location.default({ address: '', estate: '', postcode: '' }),
    flags: z.array(Flag).max(FLAGS.length).default([]),
    motivation: z.array(Motivation).max(MOTIVATIONS.length).default([]),
    /** P3.2: a hate incident is one perceived as such by the victim or anyone else. */
    perceivedAsHate: z.boolean().default(false),
    /**
     * P3.2 (issue 18): who perceives it as harassment and how. Such a case is investigated as harassment
     * from intake (its 24-hour response and flag), whatever the motivation ticked; a later judgement decides.
     */
    perception: z
      .object({ by: Perceiver, how: text(1000).min(1, 'Say how they see it as harassment: what they said, and when.') })
      .strict()
      .nullable()
      .default(null),
    /**
     * P1.4–1.6 (issue 18): a report that belongs under another policy. It is recorded, referred there, and
     * closed with that reason at once.
     */
    screening: z
      .object({ outcome: ScreenOutcome, referredTo: text(300).min(1, 'Say who it was referred to (a team or a person).'), note: text(2000).default('') })
      .strict()
      .nullable()
      .default(null),
    risk: z.object({ level: RiskLevel, notes: text(2000).default('') }).strict().default({ level: 'standard', notes: '' }),
    anonymousReport: z.boolean().default(false),
    parties: z.array(PartyInput).max(50).default([]),
    incidents: z.array(IncidentInput).min(1, 'Record at least one incident: what happened and when.').max(200),
    consents: z.array(ConsentInput).max(50).default([]),
    linkToCaseIds: z.array(Id).max(20).default([]),
    ownerId: Id.nullable().default(null),
  })
  .strict();
export type IntakeInput = z.infer<typeof IntakeInput>;

export const DuplicateQuery = z
  .object({
    address: text(300).default(''),
    postcode: Postcode.default(''),
    names: z.array(text(200)).max(50).default([]),
  })
  .strict();
export const DuplicateMatch = z.object({
  id: Id,
  ref: z.string(),
  status: CaseStatus,
  receivedAt: z.string(),
  category: Category,
  matchedOn: z.array(z.string()),
});
export type DuplicateMatch = z.infer<typeof DuplicateMatch>;
/**
 * restrictedMayMatch: a restricted case the person has not opened (with a reason) matched too. Nothing
 * else about it is given, not even its reference: ask a manager (issue 13).
 */
export const DuplicateCheck = z.object({ matches: z.array(DuplicateMatch), restrictedMayMatch: z.boolean() });
export type DuplicateCheck = z.infer<typeof DuplicateCheck>;

/**
 * `urgent` lists the 24-hour and same-day items the new case has started (the Friday rule's weekend
 * referral among them, P4.5), so the intake screen can prompt for them at once.
 */
export const CaseCreated = z.object({
  id: Id,
  ref: z.string(),
  /** The new people's ids by the keys the intake gave them (for the equality-monitoring step). */
  parties: z.array(z.object({ key: z.string(), id: Id })).default([]),
  urgent: z.array(z.object({ ruleId: z.string(), label: z.string(), dueAt: z.string() })).default([]),
  /** Issue 18: restricted from intake (a member of staff or a contractor is the victim). */
  restricted: z.boolean().optional(),
  /** Issue 18: screened out at intake and closed (it belongs under another policy). */
  screenedOut: z.boolean().optional(),
});

export const CaseListQuery = z
  .object({
    query: text(200).default(''),
    partner: PartnerCode.nullable().default(null),
    status: CaseStatus.nullable().default(null),
    category: Category.nullable().default(null),
    ownerId: Id.nullable().default(null),
    mine: z.boolean().default(false),
    flag: Flag.nullable().default(null),
    risk: RiskLevel.nullable().default(null),
    sort: z.enum(['received-desc', 'received-asc', 'ref', 'updated-desc']).default('received-desc'),
    page: z.number().int().min(1).max(100_000).default(1),
    pageSize: z.number().int().min(5).max(200).default(25),
  })
  .strict();
export type CaseListQuery = z.infer<typeof CaseListQuery>;

export const CaseListRow = z.object({
  id: Id,
  ref: z.string(),
  partner: z.string(),
  category: Category,
  status: CaseStatus,
  receivedAt: z.string(),
  updatedAt: z.string(),
  riskLevel: RiskLevel,
  flags: z.array(Flag),
  /** Perceived as a hate incident (P3.2), whatever the category. */
  hateIncident: z.boolean(),
  restricted: z.boolean(),
  ownerName: z.string().nullable(),
  /** Withheld (null) for restricted cases: the list must not leak what opening it would audit. */
  headline: z.string().nullable(),
  address: z.string().nullable(),
});
export type CaseListRow = z.infer<typeof CaseListRow>;
/**
 * A search (a query) never lists a restricted case the person has not opened with a reason: it only says,
 * with restrictedMayMatch, that one may match (issue 13). Browsing without a query lists them, withheld.
 */
export const CaseListPage = z.object({
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  rows: z.array(CaseListRow),
  restrictedMayMatch: z.boolean(),
});

export const PartyView = z.object({
  id: Id,
  role: PartyRole,
  name: z.string(),
  anonymous: z.boolean(),
  dateOfBirth: z.string().nullable(),
  /** Whole years on the day asked, when a date of birth is known (age rules: injunctions, ABCs). */
  age: z.number().int().nullable(),
  address: z.string(),
  postcode: z.string(),
  phone: z.string(),
  email: z.string(),
  tenure: Tenure.nullable(),
  responsiblePartyId: Id.nullable(),
  formatNeeds: FormatNeeds,
  identifyingDetails: z.array(z.string()),
  otherNames: z.array(z.string()),
  /** Issue 18: a victim who is a member of staff or a contractor (absent in older fixtures: none). */
  staffRole: StaffRole.nullable().optional(),
});
export type PartyView = z.infer<typeof PartyView>;

export const ConsentView = z.object({
  id: Id,
  partyId: Id,
  recipient: ConsentRecipient,
  recipientName: z.string(),
  purpose: z.string(),
  writtenOn: z.string(),
  source: z.string(),
  evidenceId: Id.nullable(),
  withdrawnOn: z.string().nullable(),
});
export type ConsentView = z.infer<typeof ConsentView>;

export const EvidenceView = z.object({
  id: Id,
  exhibitLabel: z.string(),
  fileName: z.string(),
  type: EvidenceType,
  size: z.number().int(),
  sha256: z.string(),
  source: z.string(),
  obtainedOn: z.string(),
  description: z.string(),
  usableInBundle: z.boolean(),
  unusableReason: z.string().nullable(),
  pageCount: z.number().int().nullable(),
  addedBy: z.string(),
  addedAt: z.string(),
  /** Hard to read: a court bundle needs a typed transcript next to it (PD 32 para 27.11; B17). */
  illegible: z.boolean(),
  transcript: z.string().nullable(),
  transcriptBy: z.string().nullable(),
  transcriptAt: z.string().nullable(),
});
export type EvidenceView = z.infer<typeof EvidenceView>;

export const ChronologyKind = z.enum(['report', 'incident', 'contact', 'interview', 'referral', 'cost', 'note', 'evidence', 'consent', 'plan', 'deadline', 'action', 'closure', 'document', 'decision']);
export type ChronologyKind = z.infer<typeof ChronologyKind>;
export const ChronologyItem = z.object({
  kind: ChronologyKind,
  id: Id,
  at: z.string(),
  title: z.string(),
  detail: z.string(),
  by: z.string().nullable(),
  partyId: Id.nullable(),
  /** Only a date was recorded (issue 15): `at` is that date at noon, for ordering; no time is shown. */
  dateOnly: z.boolean().optional(),
  /** A record of the Claimant's own procedure (e.g. a P5.4 confirmation): shown on the case, never to the court. */
  internal: z.boolean().optional(),
});
export type ChronologyItem = z.infer<typeof ChronologyItem>;

export const CaseHeader = z.object({
  id: Id,
  ref: z.string(),
  partner: z.string(),
  partnerName: z.string(),
  category: Category,
  status: CaseStatus,
  receivedAt: z.string(),
  method: ReportMethod,
  summary: z.string(),
  location: z.object({ address: z.string(), estate: z.string(), postcode: z.string() }),
  flags: z.array(Flag),
  motivation: z.array(Motivation),
  hateIncident: z.boolean(),
  riskLevel: RiskLevel,
  riskNotes: z.string(),
  anonymousReport: z.boolean(),
  restricted: z.boolean(),
  legalReferred: z.boolean(),
  owner: z.object({ id: Id, name: z.string() }).nullable(),
  linkedCases: z.array(z.object({ id: Id, ref: z.string(), reason: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
  /**
   * Issue 18 (P3.2): perceived as harassment, by whom and how, and the judgements since (latest last).
   * Optional so older fixtures still parse; main always sends them.
   */
  perception: z.object({ by: Perceiver.nullable(), how: z.string() }).nullable().optional(),
  judgements: z.array(z.object({ id: Id, continues: z.boolean(), reason: z.string(), decidedOn: z.string(), decidedBy: z.string() })).optional(),
  /** Issue 18 (P1.4–1.6): screened out at intake as belonging under another policy, and where it went. */
  screenedOut: z.object({ outcome: ScreenOutcome, referredTo: z.string() }).nullable().optional(),
});
export type CaseHeader = z.infer<typeof CaseHeader>;

export const CaseView = z.object({
  header: CaseHeader,
  parties: z.array(PartyView),
  consents: z.array(ConsentView),
  evidence: z.array(EvidenceView),
  chronology: z.array(ChronologyItem),
});
export type CaseView = z.infer<typeof CaseView>;

export const CaseGetInput = z
  .object({
    id: Id,
    /** Required to open a restricted case (e.g. a member of staff is involved); it is audited. */
    reason: z.string().trim().min(10, 'Give a reason of at least 10 characters for opening a restricted case.').max(500).optional(),
    kinds: z.array(ChronologyKind).optional(),
  })
  .strict();

export const CaseRefInput = z.object({ ref: z.string().trim().min(3).max(40), reason: CaseGetInput.shape.reason }).strict();

/** P3.2 (issue 18): after investigating, whether to go on managing the case as harassment, and why. */
export const HarassmentJudgementInput = z
  .object({
    caseId: Id,
    continues: z.boolean({ message: 'Choose whether the case goes on as harassment.' }),
    reason: z.string().trim().min(10, 'Give the reason for the judgement in at least 10 characters.').max(2000),
    decidedOn: IsoDate,
  })
  .strict();

export const CaseUpdateInput = z
  .object({
    id: Id,
    category: Category.optional(),
    summary: text(500).optional(),
    location: Location.optional(),
    flags: z.array(Flag).max(FLAGS.length).optional(),
    motivation: z.array(Motivation).max(MOTIVATIONS.length).optional(),
    perceivedAsHate: z.boolean().optional(),
    risk: z.object({ level: RiskLevel, notes: text(2000).default('') }).strict().optional(),
    ownerId: Id.nullable().optional(),
    legalReferred: z.boolean().optional(),
    receivedAt: IsoDateTime.optional(),
  })
  .strict();

export const CaseRestrictInput = z.object({ id: Id, restricted: z.boolean(), reason: required('why the case is restricted', 500) }).strict();

export const PartyAddInput = z.object({ caseId: Id, party: PartyInput }).strict();
export const PartyUpdateInput = z.object({ id: Id, party: PartyInput }).strict();

export const EqualityData = z
  .object({
    ethnicity: text(80).nullable().default(null),
    religion: text(80).nullable().default(null),
    sex: text(40).nullable().default(null),
    genderIdentity: text(80).nullable().default(null),
    sexualOrientation: text(80).nullable().default(null),
    ageBand: text(20).nullable().default(null),
    disability: text(80).nullable().default(null),
  })
  .strict();
export type EqualityData = z.infer<typeof EqualityData>;
export const EqualityRecordInput = z.object({ partyId: Id, data: EqualityData }).strict();
export const EqualityGetInput = z.object({ partyId: Id }).strict();

export const ConsentAddInput = z.object({ caseId: Id, partyId: Id, consent: ConsentInput.omit({ partyKey: true }), evidenceId: Id.nullable().default(null) }).strict();
export const ConsentWithdrawInput = z.object({ id: Id, withdrawnOn: IsoDate }).strict();

export const IncidentAddInput = z
  .object({ caseId: Id, incident: IncidentInput.omit({ reportedByKey: true }), reportedByPartyId: Id.nullable().default(null) })
  .strict();
export const ContactAddInput = z
  .object({
    caseId: Id,
    at: IsoDateTime,
    kind: ContactKind,
    direction: z.enum(['in', 'out']).default('out'),
    partyId: Id.nullable().default(null),
    summary: required('a summary of the contact', 5000),
  })
  .strict();
export const InterviewAddInput = z
  .object({ caseId: Id, at: IsoDateTime, partyId: Id.nullable().default(null), summary: required('a summary of the interview', 10_000) })
  .strict();
export const ReferralAddInput = z
  .object({
    caseId: Id,
    at: IsoDateTime,
    agency: Agency,
    agencyName: text(200).default(''),
    partyId: Id.nullable().default(null),
    supportOffered: text(2000).default(''),
    consentId: Id.nullable().default(null),
    /** P3.14: a referral to police or social services without consent records why it was justified. */
    justification: text(2000).nullable().default(null),
    outcome: text(2000).default(''),
  })
  .strict();
export const CostAddInput = z
  .object({
    caseId: Id,
    incurredOn: IsoDate,
    kind: CostKind,
    amountPence: z.number().int().min(0, 'A cost cannot be negative.').max(1_000_000_000),
    description: required('what the cost was for', 500),
    /** The action the cost belongs to (issue 17), e.g. a possession claim's court fee; null for the case as a whole. */
    actionId: Id.nullable().default(null),
  })
  .strict();
export const NoteAddInput = z.object({ caseId: Id, text: required('the note', 10_000) }).strict();
export const Created = z.object({ id: Id });
