import { z } from 'zod';
import { Id } from './common';
import { IsoDate, IsoDateTime } from './cases';

/**
 * Sending a made letter (issue 17 item 10). A made document is *ready*; it is *sent* when someone records
 * how and when (that is what meets the deadline it serves); post that comes back is *returned*. Rules that
 * need the clock or the document (not in the future, not before it was made) are checked by the service.
 */

export const SENDING_METHODS = ['first-class', 'second-class', 'hand', 'email', 'collected', 'other'] as const;
export const SendingMethod = z.enum(SENDING_METHODS, { message: 'Choose how it was sent.' });
export type SendingMethod = z.infer<typeof SendingMethod>;

/** How it went, in words; 'not-recorded' is a letter made before Hearth asked (migration 0017). */
export const SENDING_WORDS: Record<SendingMethod | 'not-recorded', string> = {
  'first-class': 'First class post',
  'second-class': 'Second class post',
  hand: 'Hand delivered',
  email: 'E-mail',
  collected: 'Collected from the office',
  other: 'Other',
  'not-recorded': 'Not recorded (made before Hearth recorded sending)',
};

export const DOCUMENT_STATES = ['ready', 'sent', 'returned'] as const;
export type DocumentState = (typeof DOCUMENT_STATES)[number];

export const RecordSentInput = z
  .object({
    id: Id,
    how: SendingMethod,
    /** For "other": how, in a few words (e.g. "left with the neighbour at no. 12"). */
    howDetail: z.string().trim().max(200, 'Say how in at most 200 characters.').default(''),
    at: IsoDateTime,
  })
  .strict()
  .refine((i) => i.how !== 'other' || i.howDetail.length > 0, { message: 'Say how it was sent.', path: ['howDetail'] });
export type RecordSentInput = z.infer<typeof RecordSentInput>;

export const RecordReturnedInput = z
  .object({
    id: Id,
    returnedOn: IsoDate,
    reason: z.string().trim().min(1, 'Say why it came back, such as “addressee gone away”.').max(300, 'Say why in at most 300 characters.'),
  })
  .strict();
export type RecordReturnedInput = z.infer<typeof RecordReturnedInput>;

export const SendingView = z.object({ how: z.enum([...SENDING_METHODS, 'not-recorded']), howDetail: z.string(), at: z.string(), by: z.string() });
export const ReturnView = z.object({ on: z.string(), reason: z.string(), by: z.string() });

/** Print layouts of a made letter: address labels (21 per A4 sheet) or the letters set for DL window envelopes. */
export const POST_LAYOUTS = ['labels', 'window'] as const;
export const PostPdfInput = z
  .object({
    id: Id,
    layout: z.enum(POST_LAYOUTS),
    /**
     * Chosen by the caller (32 hex digits), so it can follow the work while the request runs: a batch's
     * letters for window envelopes are then laid out in a worker under this job id, which job:status
     * reports and job:cancel stops. Left out, the batch is laid out the same way under an id of its own.
     */
    jobId: z.string().regex(/^[a-f0-9]{32}$/, 'That is not a job id.').optional(),
  })
  .strict();

/** "Sent 21/11/2026 09:00 by first class post": how it went, as a phrase after the time. */
export function sentPhrase(how: SendingMethod | 'not-recorded', howDetail: string): string {
  switch (how) {
    case 'first-class':
      return 'by first class post';
    case 'second-class':
      return 'by second class post';
    case 'hand':
      return 'by hand';
    case 'email':
      return 'by e-mail';
    case 'collected':
      return '(collected from the office)';
    case 'other':
      return `(${howDetail})`;
    case 'not-recorded':
      return '(how was not recorded)';
  }
}

/** The dashboard's "Letters made but not sent" (issue 17): whose (as the deadlines' scope), oldest first, a page at a time. */
export const UnsentInput = z
  .object({
    scope: z.enum(['mine', 'team', 'partner']).default('mine'),
    partner: z.string().regex(/^[A-Z0-9]{2,8}$/).nullable().default(null),
    officer: z.union([Id, z.literal('unassigned')]).nullable().default(null),
    offset: z.number().int().min(0).max(1_000_000).default(0),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .strict();
export const UnsentLetter = z.object({
  documentId: Id,
  caseId: Id,
  ref: z.string(),
  title: z.string(),
  /** Empty on a restricted case: who it goes to is for those the case is opened to. */
  recipient: z.string(),
  count: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  ownerName: z.string().nullable(),
  restricted: z.boolean(),
});
export type UnsentLetter = z.infer<typeof UnsentLetter>;
export const UnsentView = z.object({ total: z.number().int(), offset: z.number().int(), letters: z.array(UnsentLetter) });
export type UnsentView = z.infer<typeof UnsentView>;
