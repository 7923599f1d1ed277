import { z } from 'zod';

/**
 * A service-standard profile: the policy's timescales as data (DESIGN §4, P4.2). Nothing in the engine
 * knows "5 days" or "24 hours"; it reads them from here. Profiles are versioned: a case keeps the
 * version it started under unless a manager moves it.
 */
export const FACT_KINDS = [
  'acknowledged', // receipt acknowledged, officer named, next contact date given (P4.6)
  'urgent-response', // first response to a hate incident, racial harassment or domestic violence (P6.2)
  'graffiti-removed',
  'repair-done',
  'weekend-referral', // P4.5 referral to police or the local authority for the weekend
  'complainant-contact',
  'complainant-interview',
  'plan-agreed',
  'plan-review',
  'plan-issued', // an updated plan sent to the complainant
  'case-review',
  'survey-offered',
  'abc-started', // an Acceptable Behaviour Contract began (P5.6)
  'abc-review', // a review of an ABC, recorded on the action
  'abc-ended', // an ABC ended: it expired, was completed or withdrawn
  'emergency-steps', // council page: what was done for someone in immediate danger (999, emergency housing, a move)
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const UNITS = ['hours', 'same-day', 'working-days', 'calendar-days', 'calendar-months'] as const;
export const Duration = z.object({ amount: z.number().int().min(0).max(1000), unit: z.enum(UNITS) }).strict();
export type Duration = z.infer<typeof Duration>;

/** When a rule applies to a case at all. */
export const CONDITIONS = [
  'always',
  'urgent-category', // hate incident, racial harassment or domestic abuse (P4.4, P6.2)
  'graffiti', // flag: offensive or discriminatory graffiti
  'emergency-repair',
  'friday-rule', // received on the last working day before a closure, with fear of violence (P4.5)
  /** P4.5 as intended (issue 18): fear of violence, received on the last working day before a closure or on a closed day. */
  'weekend-rule',
  /** Council page (issue 18): someone is in immediate danger. */
  'immediate-danger',
] as const;

/** Facts of a case that choose a faster variant. */
export const VARIANT_WHEN = ['violence-or-threat', 'high-risk'] as const;

export const Trigger = z.discriminatedUnion('on', [
  z.object({ on: z.literal('report-received') }).strict(),
  z.object({ on: z.literal('case-closed') }).strict(),
  /** The first time a fact is recorded (e.g. the plan agreed). */
  z.object({ on: z.literal('first'), fact: z.enum(FACT_KINDS) }).strict(),
  /** Every time a fact is recorded; `changedPlan` limits it to plan reviews that changed the plan. */
  z.object({ on: z.literal('each'), fact: z.enum(FACT_KINDS), changedPlan: z.boolean().default(false) }).strict(),
]);
export type Trigger = z.infer<typeof Trigger>;

export const Rule = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/, 'A rule id is lower-case words joined by hyphens.'),
    label: z.string().min(3).max(120),
    source: z.string().max(40),
    appliesWhen: z.enum(CONDITIONS),
    trigger: Trigger,
    metBy: z.array(z.enum(FACT_KINDS)).min(1),
    due: Duration,
    variants: z.array(z.object({ when: z.enum(VARIANT_WHEN), due: Duration }).strict()).max(4).default([]),
    /** Repeats: each time it is met, the next one starts (contact every 15 days, reviews). */
    repeats: z.boolean().default(false),
    /** For the contact rule: an action plan may set its own interval in days (P4.11). */
    planSetsInterval: z.boolean().default(false),
    /** 24-hour rules stand out on the dashboard. */
    urgent: z.boolean().default(false),
    /** Never due sooner than this many hours after it starts (P4.5: a report at 23:30 is not due at 23:59). */
    atLeastHours: z.number().int().min(1).max(72).optional(),
    /** A repeating rule ends with this fact (an ABC's reviews end when the ABC ends). */
    endsWith: z.enum(FACT_KINDS).optional(),
    /** Why the rule reads as it does, in words (shown with the profile). */
    why: z.string().max(600).optional(),
  })
  .strict();
export type Rule = z.infer<typeof Rule>;

export const Profile = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]{1,40}$/),
    version: z.number().int().positive(),
    name: z.string().min(3).max(120),
    rules: z.array(Rule).min(1).max(60),
    /** P5.9: the policy's stricter adults-only rule for injunctions (law: 10+), and the closure appeal window. */
    settings: z
      .object({
        injunctionAdultsOnly: z.boolean().default(false),
        appealWindowWorkingDays: z.number().int().min(1).max(60).default(10),
        /** Issue 18 (P5.6): how many days before an order expires the legal register reminds about renewing it. */
        orderExpiryReminderDays: z.number().int().min(1).max(180).default(28),
      })
      .strict()
      .default({ injunctionAdultsOnly: false, appealWindowWorkingDays: 10, orderExpiryReminderDays: 28 }),
  })
  .strict()
  .superRefine((p, ctx) => {
    const seen = new Set<string>();
    p.rules.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `Two rules have the id ${r.id}.` });
      seen.add(r.id);
      if (r.due.unit === 'same-day' && r.due.amount !== 0) ctx.addIssue({ code: 'custom', path: ['rules', i, 'due'], message: '"Same day" takes no amount; use 0.' });
      if (r.due.unit !== 'same-day' && r.due.amount === 0) ctx.addIssue({ code: 'custom', path: ['rules', i, 'due'], message: 'A time limit needs an amount of at least 1.' });
    });
  });
export type Profile = z.infer<typeof Profile>;
export type ProfileInput = z.input<typeof Profile>;
