import { z } from 'zod';
import { parseItemKey, SECTION_KINDS } from '../domain/bundle-model';
import { Id } from './common';
import { IsoDate } from './cases';

/**
 * Court bundles (issue 7, DESIGN §7): what the builder screen, the CLI and the build exchange.
 * A plan is plain JSON (sections in order, item keys in order); everything else is worked out by main.
 */

const text = (max: number) => z.string().trim().max(max);

export const SectionKindSchema = z.enum([...SECTION_KINDS, 'late']);
export const ItemKeySchema = z.string().refine((k) => parseItemKey(k) !== null, 'Unknown bundle item.');

/** B14: late additions go at the end and are paginated on (default), or make a separate bundle numbered from 1. */
export const LateMode = z.enum(['append', 'separate']);

/**
 * CPR 33.2(3): why the makers of hearsay statements will not be called. Each reason is offered only when
 * the record supports it (main/bundles/hearsay-reasons.ts); "other" is the user's own words.
 */
export const HEARSAY_REASON_KINDS = ['no-consent', 'fear-of-reprisals', 'cannot-be-found', 'child', 'other'] as const;
export const HearsayReasonKind = z.enum(HEARSAY_REASON_KINDS);
export type HearsayReasonKind = z.infer<typeof HearsayReasonKind>;
export const HearsayReasonOption = z.object({ kind: HearsayReasonKind, label: z.string(), words: z.string() });
export type HearsayReasonOption = z.infer<typeof HearsayReasonOption>;

export const BundlePlan = z
  .object({
    /** The bundle letter in its file name and on its cover (B13): A, B, … or A1 for a supplementary bundle. */
    letter: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{1,2}[0-9]{0,2}$/, 'Use a bundle letter such as A, B or A1.')
      .default('A'),
    /** A short case name for the file name and cover, e.g. "Circle 33 v Whitcombe". */
    shortName: text(80).min(1, 'Give the short case name, such as "Circle 33 v Whitcombe".'),
    hearingDate: IsoDate.nullable().default(null),
    sections: z
      .array(z.object({ kind: SectionKindSchema, items: z.array(ItemKeySchema).max(3000) }).strict())
      .max(12)
      .refine((s) => new Set(s.map((x) => x.kind)).size === s.length, 'Each section can appear once.')
      .refine((s) => {
        const keys = s.flatMap((x) => x.items);
        return new Set(keys).size === keys.length;
      }, 'An item can appear once in a bundle.'),
    /** The reason the makers of hearsay statements will not be called (CPR 33.2(3)). */
    hearsayReason: text(2000).default(''),
    /** Statements from evidence (in section B) whose makers will not be called: listed in the hearsay notice. */
    hearsayEvidence: z.array(Id).max(200).default([]),
    /** B18: warn above this many pages (the Commercial Court's 300; family courts 350). */
    pageLimit: z.number().int().min(10).max(100_000).default(300),
    /** B12: warn above this size (justice.gov.uk e-mail limit: 36 MB). */
    sizeLimitMb: z.number().min(1).max(2000).default(36),
    /** Which reason the hearsay notice gives (issue 15), chosen from those the record supports; null: the user's own words. */
    hearsayReasonKind: HearsayReasonKind.nullable().default(null),
  })
  .strict();
export type BundlePlan = z.infer<typeof BundlePlan>;
export type BundlePlanInput = z.input<typeof BundlePlan>;

export const Severity = z.enum(['error', 'warning', 'info']);
export const BundleWarning = z.object({ code: z.string(), severity: Severity, message: z.string(), key: z.string().nullable().default(null) });
export type BundleWarning = z.infer<typeof BundleWarning>;

export const BundleCandidate = z.object({
  key: z.string(),
  kind: z.enum(['generated', 'evidence', 'document']),
  title: z.string(),
  /** The document's own date (YYYY-MM-DD) for chronological order within a section (B15). */
  date: z.string().nullable(),
  defaultSection: SectionKindSchema,
  allowedSections: z.array(SectionKindSchema),
  /** Pages it adds (an exhibit counts its sheet); null for generated parts until a preview lays them out. */
  pages: z.number().int().nullable(),
  usable: z.boolean(),
  problem: z.string().nullable(),
  exhibitLabel: z.string().nullable(),
  fileName: z.string().nullable(),
  sha256: z.string().nullable(),
  /** B16: the key of an earlier item with the same content. */
  duplicateOf: z.string().nullable(),
});
export type BundleCandidate = z.infer<typeof BundleCandidate>;

export const BundleSummary = z.object({
  id: Id,
  caseId: Id,
  letter: z.string(),
  fileName: z.string(),
  status: z.enum(['building', 'ready', 'failed', 'cancelled']),
  pageCount: z.number().int().nullable(),
  size: z.number().int().nullable(),
  sha256: z.string().nullable(),
  basedOn: Id.nullable(),
  builtBy: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  warnings: z.array(BundleWarning),
});
export type BundleSummary = z.infer<typeof BundleSummary>;

export const BundleSources = z.object({
  caseId: Id,
  ref: z.string(),
  partnerName: z.string(),
  respondent: z.string().nullable(),
  court: z.string(),
  claimNumber: z.string(),
  hearingAt: z.string().nullable(),
  injunction: z
    .object({ actionId: Id, withoutNotice: z.boolean(), powerOfArrest: z.boolean(), exclusion: z.boolean(), youthCourt: z.boolean() })
    .nullable(),
  /** P3.14: who is withheld from the court and who may be named. */
  redaction: z.object({
    applies: z.boolean(),
    people: z.array(z.object({ label: z.string(), role: z.string(), named: z.boolean(), partyId: Id.optional() })),
  }),
  candidates: z.array(BundleCandidate),
  defaultPlan: BundlePlan,
  warnings: z.array(BundleWarning),
  bundles: z.array(BundleSummary),
  /** The hearsay notice's reasons the record supports (CPR 33.2(3)), each with words the user may change. */
  hearsayReasons: z.array(HearsayReasonOption),
});
export type BundleSources = z.infer<typeof BundleSources>;

export const IndexRow = z.object({
  level: z.enum(['section', 'document']),
  /** "B" for a section, "B2" for a document. */
  tab: z.string(),
  key: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  /** Which index page (1 = the first index page) the row is printed on. */
  indexPage: z.number().int(),
});
export type IndexRow = z.infer<typeof IndexRow>;

/** What an item needs for pagination: its pages and the lines its index row takes. */
export const ItemMeasure = z.object({ pages: z.number().int().min(1), indexLines: z.number().int().min(1) });
export type ItemMeasure = z.infer<typeof ItemMeasure>;

export const IndexCapacity = z.object({ first: z.number().int().min(1), rest: z.number().int().min(1), sectionLines: z.number().int().min(1) });
export type IndexCapacity = z.infer<typeof IndexCapacity>;

export const BundlePreview = z.object({
  rows: z.array(IndexRow),
  coverPages: z.number().int(),
  indexPages: z.number().int(),
  totalPages: z.number().int(),
  fileName: z.string(),
  /** So the screen can re-paginate as items are reordered, without asking again. */
  measures: z.record(z.string(), ItemMeasure),
  capacity: IndexCapacity,
  warnings: z.array(BundleWarning),
});
export type BundlePreview = z.infer<typeof BundlePreview>;

export const TriageItem = z.object({
  key: z.string(),
  exhibitLabel: z.string(),
  fileName: z.string(),
  status: z.enum(['ok', 'warning', 'error']),
  /** Each problem as a sentence naming the file and the reason (issue 7 §4). */
  problems: z.array(z.string()),
  pages: z.number().int().nullable(),
  /** Pages with no text layer (B8: OCR them, or they are listed as OCR-exempt). */
  imageOnlyPages: z.array(z.number().int()),
  sha256: z.string(),
  sha256AtIntake: z.string(),
});
export type TriageItem = z.infer<typeof TriageItem>;
export const TriageReport = z.object({ items: z.array(TriageItem), warnings: z.array(BundleWarning) });
export type TriageReport = z.infer<typeof TriageReport>;

export const ManifestDocument = z.object({
  tab: z.string(),
  key: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
  exhibitLabel: z.string().nullable(),
  sha256: z.string().nullable(),
  ocrExemptPages: z.array(z.number().int()),
  duplicateOf: z.string().nullable(),
});
export const BundleManifest = z.object({
  fileName: z.string(),
  pageCount: z.number().int(),
  cover: z.object({ start: z.number().int(), end: z.number().int() }),
  index: z.object({ start: z.number().int(), end: z.number().int() }),
  sections: z.array(
    z.object({ tab: z.string(), kind: SectionKindSchema, title: z.string(), start: z.number().int(), end: z.number().int(), documents: z.array(ManifestDocument) }),
  ),
  excluded: z.array(z.object({ key: z.string(), title: z.string(), reason: z.string() })),
  /** B14: for late additions, the bundle they were added to and the first new page. */
  late: z.object({ basedOn: Id, firstPage: z.number().int() }).nullable(),
  warnings: z.array(BundleWarning),
});
export type BundleManifest = z.infer<typeof BundleManifest>;

export const BundleCaseInput = z.object({ caseId: Id }).strict();
export const BundlePreviewInput = z.object({ caseId: Id, plan: BundlePlan, lateAdditionsTo: Id.nullable().default(null) }).strict();
export const BundleBuildInput = z
  .object({
    caseId: Id,
    plan: BundlePlan,
    /** Late additions (B14): the built bundle they are added to; the plan then lists only the new items. */
    lateAdditionsTo: Id.nullable().default(null),
    lateMode: LateMode.default('append'),
  })
  .strict();
export const BundleJob = z.object({ jobId: z.string(), bundleId: Id });
export const BundleIdInput = z.object({ bundleId: Id }).strict();
export const BundleContentInput = z.object({ bundleId: Id, part: z.enum(['pdf', 'index-docx']).default('pdf') }).strict();
const Bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'The file’s bytes are missing.' });
export const BundleContent = z.object({ fileName: z.string(), mediaType: z.string(), bytes: Bytes });
export const BundleDetail = z.object({ summary: BundleSummary, manifest: BundleManifest.nullable(), plan: BundlePlan });
export type BundleDetail = z.infer<typeof BundleDetail>;

/**
 * The pre-flight check of the injunction papers (issue 15): every legal or factual problem with the
 * application and draft order, in words. A problem the law allows to be passed over can be, with a
 * reason (stored and audited); until each of the others is fixed the papers are not built.
 */
export const PreflightItem = z.object({
  code: z.string(),
  rule: z.string(),
  message: z.string(),
  overridable: z.boolean(),
  override: z.object({ reason: z.string(), by: z.string(), at: z.string() }).nullable(),
});
export type PreflightItem = z.infer<typeof PreflightItem>;
export const PreflightReport = z.object({
  /** The injunction checked (the latest one recorded and not withdrawn), or null when there is none. */
  actionId: Id.nullable(),
  items: z.array(PreflightItem),
  /** True while any problem is neither fixed nor overridden: the application and draft order cannot be built. */
  blocked: z.boolean(),
});
export type PreflightReport = z.infer<typeof PreflightReport>;
export const PreflightOverrideInput = z
  .object({
    caseId: Id,
    code: z.string().trim().min(1).max(80),
    reason: text(1000).min(10, 'Give a reason of at least 10 characters.'),
  })
  .strict();
