import { z } from 'zod';
import { Id } from './common';
import { IsoDate, PartyRole } from './cases';
import { DecisionKind } from './redaction-review';

/**
 * Data subjects' requests (issue 21 item 3; UK GDPR Arts. 12, 15–17): access, rectification, erasure.
 * Recorded with how the requester's identity was checked and by whom; due one calendar month from the
 * later of receipt and identity confirmed, extendable by two months for a complex request; the person is
 * found on the record by name (and other names), date of birth and address, and where a name fits more
 * than one person the user picks, shown the evidence for each.
 */
const text = (max: number, message?: string) => z.string().trim().max(max, message);
const PartnerCode = z.string().regex(/^[A-Z0-9]{2,8}$/, 'A partner code is 2 to 8 capital letters or digits.');

export const REQUEST_KINDS = ['access', 'rectification', 'erasure'] as const;
export const RequestKind = z.enum(REQUEST_KINDS);
export type RequestKind = z.infer<typeof RequestKind>;
export const REQUEST_KIND_WORDS: Record<RequestKind, string> = { access: 'Subject access (Art. 15)', rectification: 'Rectification (Art. 16)', erasure: 'Erasure (Art. 17)' };

export const SubjectRequestInput = z
  .object({
    kind: RequestKind,
    partner: PartnerCode,
    name: text(200).min(1, 'Enter the requester’s name.'),
    otherNames: z.array(text(200).min(1)).max(10).default([]),
    dateOfBirth: IsoDate.nullable().default(null),
    address: text(300).default(''),
    postcode: text(10).default(''),
    /** What they asked for, in their words (a rectification: what is wrong and what it should say). */
    details: text(4000).default(''),
    receivedOn: IsoDate,
    identityMethod: text(300).min(1, 'Say how the requester’s identity was checked (for example “passport seen at the office”).'),
    identityCheckedOn: IsoDate,
  })
  .strict();
export type SubjectRequestInput = z.infer<typeof SubjectRequestInput>;

export const RequestIdInput = z.object({ id: Id }).strict();
export const RequestListInput = z.object({ open: z.boolean().default(true) }).strict();

export const SubjectRequestView = z.object({
  id: Id,
  kind: RequestKind,
  partner: z.string(),
  name: z.string(),
  otherNames: z.array(z.string()),
  dateOfBirth: z.string().nullable(),
  address: z.string(),
  postcode: z.string(),
  details: z.string(),
  receivedOn: z.string(),
  identityMethod: z.string(),
  identityCheckedBy: z.string(),
  identityCheckedOn: z.string(),
  dueOn: z.string(),
  extendedReason: z.string().nullable(),
  partyIds: z.array(Id),
  status: z.enum(['open', 'done']),
  decision: z.enum(['complied', 'partly', 'refused']).nullable(),
  decisionReason: z.string(),
  doneOn: z.string().nullable(),
  /** 'overdue' once the due day has passed and it is still open; 'due-soon' within 7 days. */
  urgency: z.enum(['overdue', 'due-soon', 'on-time', 'done']),
});
export type SubjectRequestView = z.infer<typeof SubjectRequestView>;

/** One party record that may be the requester, and why: what matched. */
export const CandidateRecord = z.object({
  partyId: Id,
  caseRef: z.string(),
  role: PartyRole,
  name: z.string(),
  dateOfBirth: z.string().nullable(),
  address: z.string(),
  postcode: z.string(),
  matched: z.array(z.enum(['name', 'other-name', 'date-of-birth', 'address', 'postcode'])),
});
/** One person: the party records that are the same person (same name and date of birth, or home). */
export const Candidate = z.object({ key: z.string(), records: z.array(CandidateRecord), evidence: z.string() });
export type Candidate = z.infer<typeof Candidate>;
/** `restrictedCases`: references of restricted cases with matching records, searched once opened with a reason. */
export const Candidates = z.object({ people: z.array(Candidate), chosen: z.array(Id), restrictedCases: z.array(z.string()) });
export type Candidates = z.infer<typeof Candidates>;

export const ChooseInput = z.object({ id: Id, partyIds: z.array(Id).min(1, 'Choose the person (or the records) that are the requester.').max(200) }).strict();
export const ExtendInput = z.object({ id: Id, reason: text(1000).min(1, 'Say why the request is complex (Art. 12(3)): the extension needs a reason.') }).strict();

export const EXEMPTIONS = ['crime-taxation', 'legal-privilege', 'third-party'] as const;
export const Exemption = z.enum(EXEMPTIONS);
export type Exemption = z.infer<typeof Exemption>;
export const EXEMPTION_WORDS: Record<Exemption, string> = {
  'crime-taxation': 'Crime and taxation (DPA 2018 Sch. 2 para 2)',
  'legal-privilege': 'Legal professional privilege (DPA 2018 Sch. 2 para 19)',
  'third-party': 'Third-party data that cannot be separated (DPA 2018 Sch. 2 paras 16–17)',
};
export const ExemptInput = z
  .object({ id: Id, itemKey: z.string().min(1).max(100), exemption: Exemption.nullable(), reason: text(2000).default('') })
  .strict()
  .refine((d) => d.exemption === null || d.reason.length > 0, { message: 'Give the reason this exemption applies to this item.', path: ['reason'] });

export const PackItem = z.object({
  key: z.string(),
  caseRef: z.string(),
  section: z.string(),
  title: z.string(),
  exemption: Exemption.nullable(),
  reason: z.string().nullable(),
  /** Third parties' details taken out of it (a count; the review lists each). */
  redactions: z.number().int(),
});
export type PackItem = z.infer<typeof PackItem>;
export const PackItems = z.object({ items: z.array(PackItem) });

export const DecideInput = z
  .object({ id: Id, decision: z.enum(['complied', 'partly', 'refused']), reason: text(4000).default('') })
  .strict()
  .refine((d) => d.decision === 'complied' || d.reason.length > 0, { message: 'Give the reason for the decision: the requester must be told why (Art. 12(4)).', path: ['reason'] });

/** A decision in the request's own redaction review (sar:redact): as redaction:decide, for the pack. */
export const SarRedactInput = z
  .object({
    id: Id,
    /** The finding's key (accept, edit) or its passage's (reword), from sar:review. */
    key: z.string().regex(/^[0-9a-f]{64}$/, 'That passage is not one the review listed. Open the review again.'),
    decision: DecisionKind,
    /** Edit: the words that stand in for the detail. Reword: the whole passage as it should read. */
    text: text(4000).default(''),
  })
  .strict()
  .refine((d) => d.decision === 'accept' || d.text.length > 0, { message: 'Write the words to use instead, or accept the suggestion.', path: ['text'] });
