import { z } from 'zod';
import { ABSOLUTE_CONDITIONS, ACTION_KIND_CODES, CONFIRMATION_BASES, POLICE_MEASURES } from '../domain/action-kinds';
import { Id } from './common';
import { IsoDate, IsoDateTime } from './cases';
import { ActionResultView } from './casework';

/** Schemas of interventions, legal actions and closure (issue 5, DESIGN §5, P5–P6). */
const text = (max: number) => z.string().trim().max(max);
const lines = (what: string, min = 0) =>
  z
    .array(text(500).min(1))
    .max(30)
    .min(min, min ? `List at least one ${what}.` : undefined)
    .default([]);

export const ActionKind = z.enum(ACTION_KIND_CODES);

const HarmGround = z.enum(['violence', 'risk-of-harm']);

/** One term of an injunction (ASBCPA 2014 s.1(4)), with its own power of arrest and ground (s.4). */
export const InjunctionTermInput = z
  .object({
    kind: z.enum(['prohibition', 'requirement']),
    text: text(500).min(1, 'Write the term: what the respondent must not do, or must do.'),
    powerOfArrest: z.boolean().default(false),
    arrestGround: HarmGround.nullable().default(null),
    /** A prohibition on entering an area or part of a building: an ordinary prohibition, with a plan. */
    area: z.boolean().default(false),
    planEvidenceId: Id.nullable().default(null),
    /** s.3(1): for a requirement, the person (an individual or an organisation) who supervises compliance with it. */
    supervisor: text(300).default(''),
    /** s.3(2): the evidence about the requirement's suitability and enforceability, from that person or body. */
    suitabilityEvidence: text(2000).default(''),
  })
  .strict();
export type InjunctionTermInput = z.input<typeof InjunctionTermInput>;

export const ActionDetails = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('verbal-warning'), summary: text(2000).min(1, 'Say what the person was told.') }).strict(),
  z
    .object({
      kind: z.enum(['written-warning-first', 'written-warning-final']),
      behaviour: text(2000).min(1, 'Describe the behaviour that must stop.'),
      tenancyClause: text(300).default(''),
      /** How long the warning stays "live" (law.md §5.1: first 3 months, final 6). */
      livePeriodMonths: z.number().int().min(1).max(24).optional(),
      /** P3.8: a warning to a tenant about a member of their household or a visitor. */
      aboutPartyId: Id.nullable().default(null),
    })
    .strict(),
  z.object({ kind: z.literal('police-measure'), measure: z.enum(POLICE_MEASURES), policeReference: text(100).default(''), force: text(100).default('') }).strict(),
  z
    .object({
      kind: z.literal('abc'),
      prohibitions: lines('prohibition', 1),
      positiveRequirements: lines('requirement'),
      /** Parent or guardian who co-signs for someone under 18 (law.md §5.2). */
      guardianName: text(200).default(''),
      agencies: lines('agency'),
      durationMonths: z.number().int().min(1).max(24).default(6),
      reviewEveryWeeks: z.number().int().min(1).max(26).default(4),
    })
    .strict(),
  z.object({ kind: z.literal('mediation'), provider: text(200).default('') }).strict(),
  z
    .object({
      kind: z.literal('civil-injunction'),
      /** s.5(1): a housing provider is (b), a local authority (a). */
      applicantStatus: z.enum(['housing-provider', 'local-authority']).default('housing-provider'),
      /** s.5(3): how the behaviour relates to or affects the Claimant's housing management functions. */
      housingManagementLink: text(2000).default(''),
      /** s.2(1): which limbs of "anti-social behaviour" are relied on. */
      conductLimbs: z.array(z.enum(['a', 'b', 'c'])).max(3).default([]),
      terms: z.array(InjunctionTermInput).max(30).default([]),
      /** s.13: exclusion from the respondent's own home, with its conditions; null when none is sought. */
      homeExclusion: z
        .object({ premises: text(300).min(1, 'Give the respondent’s home address.'), landlordOwnsOrManages: z.boolean(), ground: HarmGround.nullable().default(null) })
        .strict()
        .nullable()
        .default(null),
      /** s.1(6): a period in months, or until further order (adults only). */
      durationMonths: z.number().int().min(1).max(120).nullable().default(null),
      untilFurtherOrder: z.boolean().default(false),
      /** Before terms carried their own: kept so older records and callers still parse. */
      prohibitions: lines('prohibition'),
      requirements: lines('requirement'),
      withoutNotice: z.boolean().default(false),
      withoutNoticeJustification: text(2000).default(''),
      powerOfArrest: z.boolean().default(false),
      exclusion: z.boolean().default(false),
      exclusionFrom: text(300).default(''),
      /** The County Court hearing centre (shared/court/hearing-centres.json), e.g. "Clerkenwell and Shoreditch". */
      court: text(200).default(''),
      youthCourt: z.boolean().default(false),
      /** ASBCPA s14: the youth offending team is consulted before applying against someone under 18. */
      youthOffendingTeamConsultedOn: IsoDate.nullable().default(null),
      claimNumber: text(60).default(''),
    })
    .strict()
    .refine((d) => d.prohibitions.length + d.requirements.length + d.terms.length > 0, { message: 'State the terms sought: at least one prohibition or requirement.', path: ['prohibitions'] }),
  z.object({ kind: z.enum(['restraining-order', 'criminal-behaviour-order']), court: text(200).default(''), caseNumber: text(60).default(''), terms: lines('term') }).strict(),
  z.object({ kind: z.literal('closure-order'), court: text(200).default(''), premises: text(300).min(1, 'Give the premises.'), hours: z.number().int().min(1).max(24 * 31 * 6) }).strict(),
  z.object({ kind: z.literal('demotion'), court: text(200).default(''), claimNumber: text(60).default('') }).strict(),
  z
    .object({
      kind: z.literal('possession'),
      absolute: z.boolean().default(false),
      absoluteCondition: z.enum(ABSOLUTE_CONDITIONS.map((c) => c.code) as [string, ...string[]]).nullable().default(null),
      /** For the injunction-breach condition: the injunction on this case whose breach was proven. */
      conditionActionId: Id.nullable().default(null),
      conditionDetails: text(1000).default(''),
      court: text(200).default(''),
      claimNumber: text(60).default(''),
    })
    .strict(),
  z.object({ kind: z.literal('management-move'), toAddress: text(300).default(''), reason: text(1000).min(1, 'Say why a move is considered (P5.15).') }).strict(),
  z.object({ kind: z.literal('area-letter'), area: text(300).min(1, 'Describe the area (streets, estate or block).'), message: text(2000).default('') }).strict(),
]);
export type ActionDetails = z.infer<typeof ActionDetails>;

export const ActionCreateInput = z
  .object({
    caseId: Id,
    /** The person the action is against (the alleged perpetrator or the responsible tenant); none for area letters. */
    subjectPartyId: Id.nullable().default(null),
    startedOn: IsoDate,
    details: ActionDetails,
    /** A flagged guard (e.g. legal action on a single incident, P3.4) needs the officer to say why they go on. */
    acknowledgements: z.record(z.string(), text(1000).min(10, 'Give a reason of at least 10 characters.')).default({}),
  })
  .strict();
export type ActionCreateInput = z.infer<typeof ActionCreateInput>;

export const GuardVerdict = z.object({ guard: z.string(), rule: z.string(), message: z.string() });
export type GuardVerdict = z.infer<typeof GuardVerdict>;
export const GuardReport = z.object({ blocks: z.array(GuardVerdict), flags: z.array(GuardVerdict), notices: z.array(GuardVerdict) });
export type GuardReport = z.infer<typeof GuardReport>;

export const ActionEventInput = z
  .object({
    actionId: Id,
    kind: z.enum(['hearing', 'review', 'breach', 'outcome', 'variation']),
    at: IsoDateTime,
    summary: text(2000).min(1, 'Say what happened.'),
    /** For a breach: the court found it proven (this can open the absolute ground, law.md §5.3). */
    proven: z.boolean().default(false),
    nextHearingAt: IsoDateTime.nullable().default(null),
  })
  .strict();

export const ActionUpdateInput = z
  .object({ id: Id, status: z.enum(['active', 'completed', 'withdrawn', 'refused', 'granted', 'expired']).optional(), outcome: text(2000).optional(), expiresOn: IsoDate.nullable().optional() })
  .strict();

export const ActionView = z.object({
  id: Id,
  caseId: Id,
  kind: ActionKind,
  label: z.string(),
  subjectPartyId: Id.nullable(),
  subjectName: z.string().nullable(),
  startedOn: z.string(),
  status: z.string(),
  outcome: z.string(),
  expiresOn: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  acknowledgements: z.record(z.string(), z.string()),
  events: z.array(z.object({ id: Id, kind: z.string(), at: z.string(), summary: z.string(), proven: z.boolean(), nextHearingAt: z.string().nullable() })),
  createdBy: z.string(),
  createdAt: z.string(),
  /** Issue 15: the number of the version shown (1 until it is first edited), and each edit: who, when, what changed in words. */
  version: z.number().int().min(1),
  edits: z.array(z.object({ version: z.number().int().min(2), by: z.string(), at: z.string(), changes: z.array(z.string()) })),
  /** P5.10, P5.17–5.20: what it came to, once recorded. */
  result: ActionResultView.nullable().default(null),
});
export type ActionView = z.infer<typeof ActionView>;

/**
 * Issue 15: a recorded civil injunction corrected as a new version, through the same form and the same
 * guards as recording it; the case is the action's own.
 */
export const ActionEditInput = z
  .object({
    actionId: Id,
    subjectPartyId: Id.nullable().default(null),
    startedOn: IsoDate,
    details: ActionDetails,
    acknowledgements: z.record(z.string(), text(1000).min(10, 'Give a reason of at least 10 characters.')).default({}),
  })
  .strict();
export type ActionEditInput = z.infer<typeof ActionEditInput>;

export const ConfirmationInput = z
  .object({
    caseId: Id,
    partyId: Id,
    basis: z.enum(CONFIRMATION_BASES.map((b) => b.code) as [string, ...string[]]),
    detail: text(2000).min(1, 'Say what confirms it.'),
    evidenceId: Id.nullable().default(null),
    on: IsoDate,
  })
  .strict();

export const CaseIdInput = z.object({ caseId: Id }).strict();
export const CaseActions = z.object({
  actions: z.array(ActionView),
  confirmations: z.array(z.object({ id: Id, partyId: Id, basis: z.string(), detail: z.string(), on: z.string(), recordedBy: z.string() })),
});

export const RegisterInput = z
  .object({ partner: z.string().nullable().default(null), kind: ActionKind.nullable().default(null), status: z.enum(['current', 'all']).default('current') })
  .strict();
export const RegisterRow = z.object({
  actionId: Id,
  caseId: Id,
  ref: z.string(),
  partner: z.string(),
  kind: ActionKind,
  label: z.string(),
  subjectName: z.string().nullable(),
  court: z.string(),
  claimNumber: z.string(),
  status: z.string(),
  startedOn: z.string(),
  nextHearingAt: z.string().nullable(),
  expiresOn: z.string().nullable(),
  breaches: z.number().int(),
  provenBreaches: z.number().int(),
  lastBreachAt: z.string().nullable(),
  /** A proven injunction breach meets absolute-ground condition 2 (s84A / Ground 7A). */
  absoluteGroundOpen: z.boolean(),
  /**
   * Issue 18: from this date the register reminds that the order expires (its expiry less the profile's
   * reminder days), so renewing it is considered in time; null for an order with no expiry or that has ended.
   */
  renewalReminderFrom: z.string().nullable(),
  /** Today is on or after that date: the register shows "expires soon: consider renewal". */
  renewalDue: z.boolean(),
  /** P5.10, P5.17–5.20: what it came to (damages, costs, the police outcome), once recorded. */
  result: ActionResultView.nullable().default(null),
});
export type RegisterRow = z.infer<typeof RegisterRow>;

export const ClosureProposeInput = z
  .object({ caseId: Id, outcome: z.enum(['resolved', 'no-further-action', 'unfounded', 'moved-away', 'referred-elsewhere', 'other']), reason: text(2000).min(1, 'Say why the case should close.') })
  .strict();
export const ClosureDiscussInput = z
  .object({
    caseId: Id,
    at: IsoDateTime,
    kind: z.enum(['call', 'visit', 'letter', 'email', 'meeting', 'text']),
    summary: text(2000).min(1, 'Record what the complainant said.'),
    /** Only when there is no complainant to ask (an anonymous report): why the discussion could not happen. */
    notPossibleReason: text(1000).nullable().default(null),
  })
  .strict();
export const ClosureOfferAppealInput = z.object({ caseId: Id, offeredOn: IsoDate }).strict();
export const ClosureCloseInput = z.object({ caseId: Id, at: IsoDateTime }).strict();
export const AppealLodgeInput = z.object({ caseId: Id, lodgedOn: IsoDate, grounds: text(2000).min(1, 'Record the grounds of appeal.') }).strict();
export const AppealDecideInput = z.object({ caseId: Id, decision: z.enum(['reopen', 'uphold']), reasons: text(2000).min(10, 'Give the reasons for the decision (at least 10 characters).') }).strict();
export const SurveyInput = z
  .object({
    caseId: Id,
    offeredOn: IsoDate,
    completedOn: IsoDate.nullable().default(null),
    /** TP12-style: satisfaction with how the landlord handled the case, 1 (very dissatisfied) to 5. */
    satisfaction: z.number().int().min(1).max(5).nullable().default(null),
    comments: text(4000).default(''),
    /** P7.2: satisfaction with the outcome, asked separately from the handling, 1 to 5. */
    outcomeSatisfaction: z.number().int().min(1).max(5).nullable().default(null),
  })
  .strict();

export const ClosureView = z.object({
  status: z.enum(['open', 'closure-proposed', 'closed']),
  proposal: z.object({ outcome: z.string(), reason: z.string(), proposedAt: z.string(), proposedBy: z.string() }).nullable(),
  discussion: z.object({ at: z.string(), summary: z.string(), notPossibleReason: z.string().nullable() }).nullable(),
  appealOfferedOn: z.string().nullable(),
  appealWindowEndsOn: z.string().nullable(),
  closedAt: z.string().nullable(),
  appeals: z.array(z.object({ id: Id, lodgedOn: z.string(), grounds: z.string(), decision: z.string().nullable(), reasons: z.string().nullable(), decidedAt: z.string().nullable() })),
  surveys: z.array(z.object({ id: Id, offeredOn: z.string(), completedOn: z.string().nullable(), satisfaction: z.number().int().nullable(), comments: z.string(), outcomeSatisfaction: z.number().int().nullable() })),
  /** What still stands between the proposal and closing, in words (empty when it can close). */
  missing: z.array(z.string()),
});
export type ClosureView = z.infer<typeof ClosureView>;
