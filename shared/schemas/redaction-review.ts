import { z } from 'zod';
import { PartyRole } from './cases';
import { BundlePlan, LateMode } from './bundles';
import { DocumentRequest } from './documents';
import { Id } from './common';
import { RedactionBox } from './evidence';

/**
 * The redaction review (issue 16 §3): before a bundle is built, the legal user sees every passage of the
 * text Hearth writes into it that identifies someone withheld from the court, with the suggested
 * replacement, and for each accepts the suggestion, edits the replacement words, or rewords the passage.
 * A decision is keyed by a hash of the passage and the finding, so once the passage changes (the record
 * was edited) it needs review again; a build with an unreviewed passage is refused.
 */
const text = (max: number) => z.string().trim().max(max);

export const RedactionTarget = z.object({ kind: z.literal('bundle'), plan: BundlePlan, lateAdditionsTo: Id.nullable().default(null), lateMode: LateMode.default('append') }).strict();
export const RedactionReviewInput = z.object({ caseId: Id, target: RedactionTarget }).strict();

/** Passages of text are accepted, edited or reworded; a proposed exhibit box is accepted or rejected. */
export const DecisionKind = z.enum(['accept', 'edit', 'reword', 'reject']);
export type DecisionKind = z.infer<typeof DecisionKind>;

export const RedactionDecideInput = z
  .object({
    caseId: Id,
    target: RedactionTarget,
    /** The finding's key (accept, edit) or its passage's (reword), from redaction:review. */
    key: z.string().regex(/^[0-9a-f]{64}$/, 'That passage is not one the review listed. Open the review again.'),
    decision: DecisionKind,
    /** Edit: the words that stand in for the detail. Reword: the whole passage as it should read. */
    text: text(4000).default(''),
  })
  .strict()
  .refine((d) => d.decision === 'accept' || d.decision === 'reject' || d.text.length > 0, { message: 'Write the words to use instead, or accept the suggestion.', path: ['text'] });

/**
 * Boxes proposed on exhibits accepted or rejected together ("Accept all on this page"): each is recorded
 * as its own decision, in one transaction, and each exhibit touched gets one new copy, not one per box.
 */
export const RedactionDecideBoxesInput = z
  .object({
    caseId: Id,
    target: RedactionTarget,
    keys: z
      .array(z.string().regex(/^[0-9a-f]{64}$/, 'That box is not one the review listed. Open the review again.'))
      .min(1, 'Choose at least one box.')
      .max(100_000, 'Decide at most 100,000 boxes at once.'),
    decision: z.enum(['accept', 'reject']),
  })
  .strict();

export const ReviewDecision = z.object({ kind: DecisionKind, text: z.string().nullable(), decidedBy: z.string(), decidedAt: z.string() });
export type ReviewDecision = z.infer<typeof ReviewDecision>;

export const ReviewItem = z.object({
  /** The finding's key: hash of the passage and the finding (accept, edit). */
  key: z.string(),
  /** The passage's key (reword). */
  passageKey: z.string(),
  /** Where it is: "the chronology", "the officer’s statement". */
  place: z.string(),
  /** The sentence as the record has it (the legal user may see it: it is their case). */
  passage: z.string(),
  words: z.string(),
  /** Whose identity, as the court will know them ("Witness A"), and their role. */
  person: z.string(),
  role: PartyRole,
  /** What kind of detail, in words ("flat or house number"). */
  detail: z.string(),
  reason: z.string(),
  suggestion: z.string(),
  /** The passage as it will read with the decision (or the suggestion, until decided). */
  result: z.string(),
  decision: ReviewDecision.nullable(),
});
export type ReviewItem = z.infer<typeof ReviewItem>;

/**
 * A decision whose passage is no longer in the text (the record, or the letter's words, changed since):
 * it no longer applies. The review says so, and the next decision in that review clears it.
 */
export const StaleDecision = z.object({ kind: DecisionKind, place: z.string().nullable(), decidedBy: z.string(), decidedAt: z.string() });
export type StaleDecision = z.infer<typeof StaleDecision>;

/**
 * A box proposed over a detail on an exhibit's page that identifies someone withheld from the court
 * (issue 16: automatic exhibit boxes), found in the page's own text or its OCR by the same guard as the
 * text. Accepted, its boxes join the exhibit's redaction (burnt into the redacted copy); rejected, it is
 * remembered and not asked about again while the page reads the same.
 */
export const BoxItem = z.object({
  key: z.string(),
  evidenceId: Id,
  exhibit: z.string(),
  page: z.number().int(),
  /** The page in points (the boxes' coordinates). */
  pageWidth: z.number(),
  pageHeight: z.number(),
  boxes: z.array(RedactionBox),
  words: z.string(),
  person: z.string(),
  role: PartyRole,
  detail: z.string(),
  reason: z.string(),
  /** Where the words were read from: the page's own text, or OCR of a scan or picture. */
  source: z.enum(['pdf', 'ocr']),
  decision: ReviewDecision.nullable(),
});
export type BoxItem = z.infer<typeof BoxItem>;

export const RedactionReview = z.object({
  items: z.array(ReviewItem),
  toReview: z.number().int(),
  withheld: z.array(z.string()),
  stale: z.array(StaleDecision).default([]),
  /** Exhibits' proposed boxes, and how many wait for a decision. */
  boxes: z.array(BoxItem).default([]),
  boxesToReview: z.number().int().default(0),
  /** Exhibits in the plan not read yet for what identifies people, and the job reading them (job:status). */
  unread: z.array(z.object({ evidenceId: Id, exhibit: z.string() })).default([]),
  reading: z.string().nullable().default(null),
  /** Exhibits that could not be read, in words. */
  exhibitNotes: z.array(z.string()).default([]),
  /** Exhibits of the plan whose redacted copy is being made now (job exhibit-redact), which a build waits for. */
  making: z.array(z.object({ evidenceId: Id, exhibit: z.string(), jobId: z.string().nullable() })).default([]),
});
export type RedactionReview = z.infer<typeof RedactionReview>;

/**
 * The same review for a letter to someone outside a protected person's consent (issue 16): the letter as
 * the maker would make it (the request document:preview takes), and a decision on one of its passages.
 */
export const LetterReviewInput = DocumentRequest;
export const LetterDecideInput = z
  .object({
    request: DocumentRequest,
    key: z.string().regex(/^[0-9a-f]{64}$/, 'That passage is not one the review listed. Open the review again.'),
    decision: DecisionKind,
    text: text(4000).default(''),
  })
  .strict()
  .refine((d) => d.decision === 'accept' || d.text.length > 0, { message: 'Write the words to use instead, or accept the suggestion.', path: ['text'] });
