import { z } from 'zod';
import { type FACT_KINDS, Profile } from '../standards/profile';
import { Id } from './common';
import { IsoDate, IsoDateTime } from './cases';

/** Schemas of service standards, deadlines and action plans (issue 4). */

export const DueItemView = z.object({
  ruleId: z.string(),
  label: z.string(),
  source: z.string(),
  profileId: z.string(),
  profileVersion: z.number().int(),
  occurrence: z.number().int(),
  startsAt: z.string(),
  dueAt: z.string(),
  state: z.enum(['pending', 'met-on-time', 'met-late', 'breached', 'waived']),
  metAt: z.string().nullable(),
  waiver: z.object({ reason: z.string(), by: z.string(), at: z.string() }).nullable(),
  urgent: z.boolean(),
});
export type DueItemView = z.infer<typeof DueItemView>;

/** Facts an officer records directly; the rest come from contacts, interviews, referrals and plans. */
export const RECORDABLE_FACTS = ['acknowledged', 'urgent-response', 'graffiti-removed', 'repair-done', 'case-review', 'survey-offered', 'emergency-steps'] as const satisfies readonly (typeof FACT_KINDS)[number][];
export const RecordFactInput = z
  .object({ caseId: Id, kind: z.enum(RECORDABLE_FACTS), at: IsoDateTime.optional(), note: z.string().trim().max(2000).default('') })
  .strict();

export const CaseDeadlinesInput = z.object({ caseId: Id }).strict();
export const WaiveInput = z
  .object({ caseId: Id, ruleId: z.string().min(1).max(60), occurrence: z.number().int().positive(), reason: z.string().trim().min(10, 'Give a reason of at least 10 characters; it is audited.').max(1000) })
  .strict();

export const DASHBOARD_SECTIONS = ['overdue', 'today', 'week'] as const;
/** How many lines a dashboard section returns at once, unless asked for fewer. */
export const DASHBOARD_PAGE_SIZE = 50;
const Offset = z.number().int().min(0).max(1_000_000).default(0);

/**
 * Whose items (scope, partner) and which of them (issue 17): filters by officer (or "unassigned"), rule,
 * urgency and state (the section: overdue, due today, due this week), and a page of each section.
 */
export const DashboardInput = z
  .object({
    scope: z.enum(['mine', 'team', 'partner']).default('mine'),
    partner: z.string().regex(/^[A-Z0-9]{2,8}$/).nullable().default(null),
    officer: z.union([Id, z.literal('unassigned')]).nullable().default(null),
    ruleId: z.string().min(1).max(60).nullable().default(null),
    urgency: z.enum(['all', 'urgent', 'not-urgent']).default('all'),
    state: z.enum(['all', ...DASHBOARD_SECTIONS]).default('all'),
    pageSize: z.number().int().min(1).max(200).default(DASHBOARD_PAGE_SIZE),
    offsets: z.object({ overdue: Offset, today: Offset, week: Offset }).strict().default({ overdue: 0, today: 0, week: 0 }),
  })
  .strict();
const DashboardLine = z.object({
  caseId: Id,
  ref: z.string(),
  ruleId: z.string(),
  occurrence: z.number().int(),
  label: z.string(),
  dueAt: z.string(),
  urgent: z.boolean(),
  ownerName: z.string().nullable(),
  ownerId: Id.nullable(),
  restricted: z.boolean(),
});
/** A section's true size under the filters, however many lines this page holds. */
const SectionTotal = z.object({ all: z.number().int(), urgent: z.number().int() });
/** A data subject's request on the dashboard: about a person, not a case (its due date from sar-deadline.ts). */
export const DueRequestLine = z.object({
  id: Id,
  kind: z.enum(['access', 'rectification', 'erasure']),
  partner: z.string(),
  name: z.string(),
  dueOn: z.string(),
  extended: z.boolean(),
  section: z.enum(['overdue', 'today', 'week']),
});
export type DueRequestLine = z.infer<typeof DueRequestLine>;

export const DashboardView = z.object({
  /** Urgent first, then the most recently due: years-old items sink instead of topping the list. */
  overdue: z.array(DashboardLine),
  /** Urgent first, then due soonest. */
  today: z.array(DashboardLine),
  week: z.array(DashboardLine),
  totals: z.object({ overdue: SectionTotal, today: SectionTotal, week: SectionTotal }),
  /** Where each section's page starts, and how long a page is. */
  offsets: z.object({ overdue: z.number().int(), today: z.number().int(), week: z.number().int() }),
  pageSize: z.number().int(),
  perOfficer: z.array(z.object({ ownerId: Id.nullable(), ownerName: z.string().nullable(), overdue: z.number().int(), today: z.number().int(), week: z.number().int() })),
  /** What the filters offer: the officers and the rules with live items in scope. */
  officers: z.array(z.object({ ownerId: Id.nullable(), ownerName: z.string().nullable() })),
  rules: z.array(z.object({ ruleId: z.string(), label: z.string() })),
  /** Data subjects' requests overdue or due this week (issue 21), for those who handle them; else empty. */
  requests: z.array(DueRequestLine),
});
export type DashboardView = z.infer<typeof DashboardView>;

export const DueBeforeInput = z.object({ before: IsoDateTime, partner: z.string().nullable().default(null) }).strict();
export const DueAcrossCases = z.array(DueItemView.extend({ caseId: Id, ref: z.string() }));

export const PlanActionInput = z
  .object({ what: z.string().trim().min(1, 'Say what will be done.').max(1000), who: z.string().trim().min(1, 'Say who will do it.').max(200), byDate: IsoDate.nullable().default(null) })
  .strict();
export const PlanSaveInput = z
  .object({
    caseId: Id,
    /** When the plan was agreed (P4.10); leave out for a draft. */
    agreedAt: IsoDateTime.nullable().default(null),
    agreedWith: z.string().trim().max(200).default(''),
    /** P4.11: the plan may set its own contact interval instead of 15 days. */
    contactIntervalDays: z.number().int().min(1).max(90).nullable().default(null),
    summary: z.string().trim().max(5000).default(''),
    actions: z.array(PlanActionInput).max(50).default([]),
  })
  .strict()
  .refine((p) => p.summary.length > 0 || p.actions.length > 0, { message: 'A plan needs at least one action or a summary of what was agreed.', path: ['actions'] });
export const PlanReviewInput = z
  .object({ caseId: Id, at: IsoDateTime, outcome: z.string().trim().min(1, 'Record the outcome of the review.').max(5000), changedPlan: z.boolean() })
  .strict();
export const PlanIssueInput = z.object({ caseId: Id, planId: Id, at: IsoDateTime }).strict();
export const PlanActionDoneInput = z.object({ actionId: Id, doneAt: IsoDateTime.nullable() }).strict();

export const PlanView = z.object({
  id: Id,
  version: z.number().int(),
  agreedAt: z.string().nullable(),
  agreedWith: z.string(),
  contactIntervalDays: z.number().int().nullable(),
  summary: z.string(),
  issuedAt: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  actions: z.array(z.object({ id: Id, what: z.string(), who: z.string(), byDate: z.string().nullable(), doneAt: z.string().nullable() })),
});
export const PlanReviewView = z.object({ id: Id, planId: Id, at: z.string(), outcome: z.string(), changedPlan: z.boolean(), reviewedBy: z.string() });
export const CasePlans = z.object({ plans: z.array(PlanView), reviews: z.array(PlanReviewView) });
export type CasePlans = z.infer<typeof CasePlans>;

export const ProfileSummary = z.object({ id: z.string(), name: z.string(), latestVersion: z.number().int(), versions: z.array(z.number().int()) });
export const ProfileGetInput = z.object({ id: z.string(), version: z.number().int().positive().optional() }).strict();
export const ProfileSaveInput = z.object({ profile: Profile }).strict();
export const MoveProfileInput = z.object({ caseId: Id, profileId: z.string(), version: z.number().int().positive(), reason: z.string().trim().min(10).max(500) }).strict();
export { Profile };
