import { z } from 'zod';
import { Id } from './common';
import { IsoDate } from './cases';

/**
 * The disclosure log (issue 21 item 4): one row each time information about people leaves Hearth, with
 * what it was, to whom, on what lawful basis, who approved it and when. Listed per person (the party
 * records that are one person across cases) and exported as CSV or a tagged PDF.
 */
export const DISCLOSURE_KINDS = ['letter', 'bundle', 'referral', 'sar-pack', 'police-pack', 'export'] as const;
export const DisclosureKind = z.enum(DISCLOSURE_KINDS);
export type DisclosureKind = z.infer<typeof DisclosureKind>;

export const DISCLOSURE_KIND_WORDS: Record<DisclosureKind, string> = {
  letter: 'Letter sent',
  bundle: 'Court bundle',
  referral: 'Agency referral',
  'sar-pack': 'Subject access pack',
  'police-pack': 'Police evidence pack',
  export: 'Export',
};

/** Lawful bases as the log words them, one place (the police request, the SAR pack and the bundle name theirs). */
export const LAWFUL_BASIS = {
  letter: 'Correspondence about the case with the person it is addressed to (UK GDPR Art. 6(1)(b) and (c): the tenancy and the landlord’s legal duties)',
  bundle: 'Legal proceedings: the court and the parties served (DPA 2018 Sch. 2 para 5)',
  referralConsent: 'The person’s written consent (UK GDPR Art. 6(1)(a))',
  referralJustified: 'Referral without consent, justified',
  sar: 'The requester’s right of access (UK GDPR Art. 15)',
  'cda-1998-s115': 'Crime and Disorder Act 1998 s.115 (sharing with the police to prevent crime and disorder)',
  'dpa-2018-sch2-para2': 'DPA 2018 Schedule 2 para 2 (crime and taxation: the prevention or detection of crime)',
  logExport: 'Accountability: a copy of the record of disclosures (UK GDPR Art. 5(2))',
} as const;

export const DisclosurePerson = z.object({ partyId: Id, name: z.string(), caseRef: z.string() });
export const DisclosureView = z.object({
  id: Id,
  kind: DisclosureKind,
  what: z.string(),
  caseRef: z.string().nullable(),
  recipient: z.string(),
  lawfulBasis: z.string(),
  approvedBy: z.string(),
  at: z.string(),
  people: z.array(DisclosurePerson),
});
export type DisclosureView = z.infer<typeof DisclosureView>;

/** The log for these people (party ids: one person across cases), or for everyone in the user's partners; a period if given. */
export const DisclosureListInput = z
  .object({
    partyIds: z.array(Id).max(200).default([]),
    from: IsoDate.nullable().default(null),
    to: IsoDate.nullable().default(null),
  })
  .strict();
export type DisclosureListInput = z.infer<typeof DisclosureListInput>;
