import { z } from 'zod';
import { IsoDate } from './cases';
import { Id } from './common';

/** Retention, disposal and legal hold (issue 21 items 1–2): the review, the decisions and the holds. */

export const DisposalItem = z.object({
  caseId: Id,
  ref: z.string(),
  partner: z.string(),
  category: z.string(),
  closedOn: z.string().nullable(),
  state: z.enum(['open', 'held-by-order', 'dated']),
  dueOn: z.string().nullable(),
  triggerOn: z.string().nullable(),
  ruleId: z.string().nullable(),
  basis: z.string().nullable(),
  why: z.string(),
  schedule: z.string(),
  /** "under legal hold placed 21/11/2026 by … for …", or null. */
  hold: z.string().nullable(),
  kept: z.object({ reason: z.string(), reviewOn: z.string() }).nullable(),
  /** The rule's period as people say it: "6 years after the case closed". */
  keptFor: z.string().nullable(),
});
export type DisposalItem = z.infer<typeof DisposalItem>;

export const DisposalReview = z.object({
  today: z.string(),
  items: z.array(DisposalItem),
  total: z.number().int(),
  truncated: z.boolean(),
  /** Rules of the schedules in force that would dispose before the monitoring period ends. */
  warnings: z.array(z.string()),
  holds: z.array(z.object({ id: Id, caseId: Id, ref: z.string(), onPerson: z.boolean(), words: z.string() })),
  recent: z.array(z.object({ caseRef: z.string(), method: z.string(), ruleId: z.string(), disposedBy: z.string(), disposedAt: z.string() })),
});
export type DisposalReview = z.infer<typeof DisposalReview>;

export const DISPOSAL_METHODS = ['anonymise', 'delete'] as const;
export const DisposeInput = z
  .object({
    caseId: Id,
    method: z.enum(DISPOSAL_METHODS),
    /** The reference typed back, so a disposal is never one stray click. */
    confirmRef: z.string().trim().min(1, 'Type the case reference to confirm.'),
  })
  .strict();
export const DisposalOutcome = z.object({ disposalId: Id, ref: z.string(), method: z.enum(DISPOSAL_METHODS), rows: z.number().int(), spaceReclaimed: z.boolean() });
export type DisposalOutcome = z.infer<typeof DisposalOutcome>;

const reason = z.string().trim().min(1, 'Give the reason.').max(1000);

export const KeepInput = z.object({ caseId: Id, reason, reviewOn: IsoDate }).strict();

export const HOLD_KINDS = ['litigation', 'complaint', 'ombudsman', 'police-request', 'other'] as const;
export const HoldPlaceInput = z
  .object({ caseId: Id, partyId: Id.nullable().default(null), kind: z.enum(HOLD_KINDS), reason })
  .strict();
export const HoldLiftInput = z.object({ caseId: Id, id: Id, reason }).strict();
