import { z } from 'zod';
import { Id } from './common';

/**
 * Anonymising one person across every case they are on (issue 21): what the screen shows before (every
 * case and role the person appears in, and what stands in the way), the request, and what was done.
 */
export const PersonInput = z.object({ partyId: Id }).strict();

export const PersonRecord = z.object({
  partyId: Id,
  caseId: Id,
  caseRef: z.string(),
  role: z.string(),
  caseStatus: z.string(),
});
export type PersonRecord = z.infer<typeof PersonRecord>;

export const PersonView = z.object({
  /** The name as recorded on the record chosen (what the user types back to confirm). */
  name: z.string(),
  /** The finder's words for the person: born …, living at …, on which cases as what. */
  evidence: z.string(),
  records: z.array(PersonRecord),
  /** Why it cannot be done now (a hold, a live order, an open or unopened restricted case); empty when it can. */
  refusals: z.array(z.string()),
});
export type PersonView = z.infer<typeof PersonView>;

export const PERSON_BASES = ['erasure-request', 'retention'] as const;
export type PersonBasis = (typeof PERSON_BASES)[number];

export const AnonymisePersonInput = z
  .object({
    partyId: Id,
    /** The person's name typed back, so it is never one stray click. */
    confirmName: z.string().trim().min(1, 'Type the person’s name to confirm.'),
    basis: z.enum(PERSON_BASES),
    /** The erasure request this answers, when there is one (governance screen). */
    requestId: Id.nullable().default(null),
  })
  .strict();
export type AnonymisePersonInput = z.infer<typeof AnonymisePersonInput>;

export const PersonAnonymised = z.object({
  anonymisationId: Id,
  cases: z.array(z.string()),
  records: z.number().int(),
  rows: z.number().int(),
  filesRemoved: z.number().int(),
  spaceReclaimed: z.boolean(),
});
export type PersonAnonymised = z.infer<typeof PersonAnonymised>;
