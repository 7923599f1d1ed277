import { z } from 'zod';
import { CATEGORIES, codes } from '../domain/vocabulary';
import { IsoDate } from './cases';

/**
 * Monitoring and board reports (issue 8, DESIGN §8, P7). What a request may ask for and the shape of
 * what comes back. Everything here is an aggregate: counts, sums and rates. No names, no addresses; the
 * drill-down returns case references only, to people allowed to open those cases.
 */

export const MEASURES = [
  'summary',
  'cases',
  'incidents',
  'nm01',
  'response',
  'support',
  'resolution',
  'satisfaction',
  'actions',
  'costs',
  'hotspots',
  'methods',
  'equality',
  'caseReviews',
] as const;
export const MeasureId = z.enum(MEASURES);
export type MeasureId = z.infer<typeof MeasureId>;

const PartnerCode = z.string().regex(/^[A-Z0-9]{2,8}$/, 'A partner code is 2 to 8 capital letters or digits.');
export const ReportCategory = z.enum(['all', ...codes(CATEGORIES)]);
export type ReportCategory = z.infer<typeof ReportCategory>;

export const ReportFilters = z
  .object({
    from: IsoDate,
    to: IsoDate,
    /** Empty: every partner the signed-in person works for. */
    partners: z.array(PartnerCode).max(50).default([]),
    category: ReportCategory.default('all'),
  })
  .strict()
  .refine((f) => f.from <= f.to, { message: 'The period must end on or after the day it starts.', path: ['to'] })
  .refine((f) => f.from >= '2000-01-01' && f.to <= '2100-12-31', { message: 'Choose a period between 2000 and 2100.', path: ['from'] });
export type ReportFilters = z.infer<typeof ReportFilters>;

export const ReportInput = z.object({ filters: ReportFilters, compare: z.boolean().default(true) }).strict();
export const CsvExportInput = z.object({ filters: ReportFilters, measure: MeasureId }).strict();
export const PdfExportInput = z.object({ filters: ReportFilters }).strict();

/** A figure to drill into: its key as the report gave it (see shared/reports/keys.ts). */
export const DrilldownInput = z
  .object({
    filters: ReportFilters,
    key: z
      .string()
      .min(3)
      .max(300)
      .refine((k) => !k.startsWith('equality'), 'Equality figures are aggregate only: there are no cases to list behind them.'),
  })
  .strict();

export const SetHomesInput = z
  .object({
    partner: PartnerCode,
    /** The first day the figure applies. */
    from: IsoDate,
    homes: z.number().int().min(0).max(10_000_000),
  })
  .strict();

const count = z.number().int().nonnegative();
const Named = z.object({ code: z.string(), label: z.string(), n: count });
const Rate = z.number().nonnegative().nullable();

const Suppressed = z.object({ count: count.nullable(), suppressed: z.boolean() });

export const Measures = z.object({
  cases: z.object({
    total: count,
    hate: count,
    byCategory: z.array(Named),
    openAtEnd: count,
    trend: z.array(z.object({ label: z.string(), n: count })),
    /** Issue 18 (P1.4–1.6): reports screened out at intake as belonging under another policy; not in the figures above. */
    screenedOut: count,
    screenedByOutcome: z.array(Named),
  }),
  incidents: z.object({ total: count, byAct: z.array(Named) }),
  nm01: z.object({
    partners: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        homes: count,
        /** Where the homes figure came from: a dated figure ('2026-04-01') or the partner's record. */
        homesSource: z.string(),
        asb: count,
        hate: count,
        linkedNotCounted: count,
        asbPer1000: Rate,
        hatePer1000: Rate,
      }),
    ),
    total: z.object({ homes: count, asb: count, hate: count, linkedNotCounted: count, asbPer1000: Rate, hatePer1000: Rate, partnersWithoutHomes: z.array(z.string()) }),
  }),
  response: z.object({
    rules: z.array(
      z.object({
        ruleId: z.string(),
        label: z.string(),
        source: z.string(),
        urgent: z.boolean(),
        due: count,
        metOnTime: count,
        metLate: count,
        breached: count,
        waived: count,
        notYetDue: count,
      }),
    ),
    /** Met on time ÷ (met on time + met late + breached), all rules; null when nothing was decided. */
    onTimeRate: Rate,
    urgentOnTimeRate: Rate,
  }),
  support: z.object({ referrals: count, cases: count, supportOffered: count, withoutConsent: count, byAgency: z.array(Named), formatsSent: z.array(Named) }),
  resolution: z.object({ closed: count, resolved: count, resolvedOnTime: count, byOutcome: z.array(Named) }),
  satisfaction: z.object({
    offered: count,
    completed: count,
    /** Responses scored 1 to 5, index 0 = score 1. */
    byScore: z.array(count).length(5),
    scored: count,
    satisfied: count,
    dissatisfied: count,
    mean: z.number().nullable(),
    /** P7.2: satisfaction with the outcome, scored like the handling (index 0 = score 1). */
    outcome: z.object({ byScore: z.array(count).length(5), scored: count, satisfied: count, dissatisfied: count, mean: z.number().nullable() }),
  }),
  actions: z.object({
    total: count,
    legal: count,
    byKind: z.array(Named.extend({ cases: count, legal: z.boolean() })),
    /** P5.10, P5.17–5.20: results recorded in the period (damages, costs orders, police outcomes by offence). */
    results: z.object({
      damages: count,
      damagesPence: count,
      costsRecovered: count,
      costsRecoveredPence: count,
      costsPaid: count,
      costsPaidPence: count,
      policeOutcomes: z.array(Named),
      offences: z.array(Named),
    }),
  }),
  costs: z.object({
    totalPence: count,
    byKind: z.array(z.object({ code: z.string(), label: z.string(), entries: count, cases: count, pence: count })),
  }),
  hotspots: z.object({
    estates: z.array(Named),
    districts: z.array(Named),
    otherEstates: count,
    otherDistricts: count,
    noEstate: count,
    noPostcode: count,
  }),
  methods: z.array(Named),
  /** Issue 20: the ASB Case Review returns, for the group (the scope's partners) and per partner. */
  caseReviews: z.object({
    applications: count,
    thresholdNotMet: count,
    reviews: count,
    withRecommendations: count,
    byPartner: z.array(z.object({ code: z.string(), name: z.string(), applications: count, thresholdNotMet: count, reviews: count, withRecommendations: count })),
  }),
});
export type Measures = z.infer<typeof Measures>;

/** Equality data (special category): counts with small numbers suppressed, for the current period only. */
export const EqualityView = z.object({
  roles: z.array(z.object({ code: z.string(), label: z.string(), people: count })),
  fields: z.array(
    z.object({
      field: z.string(),
      label: z.string(),
      answers: z.array(z.object({ answer: z.string(), cells: z.array(Suppressed) })),
    }),
  ),
});
export type EqualityView = z.infer<typeof EqualityView>;

export const PeriodView = z.object({ from: z.string(), to: z.string(), label: z.string() });

export const ReportView = z.object({
  period: PeriodView,
  previous: PeriodView.nullable(),
  partners: z.array(z.object({ code: z.string(), name: z.string() })),
  /** True when the report covers every partner the person works for (no partner filter). */
  allPartners: z.boolean(),
  category: ReportCategory,
  generatedAt: z.string(),
  current: Measures,
  prior: Measures.nullable(),
  equality: EqualityView,
  /** Whether this person may list the cases behind a figure. */
  canDrill: z.boolean(),
});
export type ReportView = z.infer<typeof ReportView>;

export const DrilldownView = z.object({
  key: z.string(),
  total: count,
  truncated: z.boolean(),
  cases: z.array(
    z.object({
      id: z.number().int().positive(),
      ref: z.string(),
      partner: z.string(),
      category: z.string(),
      status: z.string(),
      receivedAt: z.string(),
      restricted: z.boolean(),
    }),
  ),
});
export type DrilldownView = z.infer<typeof DrilldownView>;

const Bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'The file’s bytes are missing.' });
export const ExportFile = z.object({ fileName: z.string(), mediaType: z.string(), bytes: Bytes });
export type ExportFile = z.infer<typeof ExportFile>;
