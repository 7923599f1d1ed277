import { z } from 'zod';
import { SERVICE_METHODS } from '../court/service-methods';
import { Id } from './common';
import { IsoDate } from './cases';

/**
 * Short court papers (issue 15): a certificate of service (N215-style) and the case summary for the
 * judge. Each is proposed or filled in from the record, edited by the legal user, then finalised —
 * locked — and only then taken by a bundle.
 */
const line = (max: number, empty: string) => z.string().trim().min(1, empty).max(max);

export const CertificateFields = z
  .object({
    /** The made letter served (a stored document), or null for a court paper such as the application. */
    documentId: Id.nullable().default(null),
    /** What was served, as the certificate names it. */
    document: line(300, 'Say what was served, e.g. “The claim form, the draft order and the witness statement in support”.'),
    /** The document is the claim form (the application for an injunction): CPR 6.14 applies, not 6.26. */
    claimForm: z.boolean().default(false),
    /** The person served: a party on the case. */
    servedOnPartyId: Id,
    method: z.enum(SERVICE_METHODS),
    stepOn: IsoDate,
    /** 'HH:MM', needed where the deemed date turns on 4.30pm (delivery, personal service, e-mail). */
    stepAt: z
      .string()
      .trim()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Give the time as hh:mm, e.g. 14:05.')
      .nullable()
      .default(null),
    place: line(300, 'Say where it was served: the address, DX number or e-mail address.'),
    servedBy: line(200, 'Give the name of the person who served it: they sign the certificate.'),
    position: z.string().trim().max(200).default(''),
  })
  .strict();
export type CertificateFields = z.infer<typeof CertificateFields>;

export const SummaryFields = z
  .object({
    body: z.string().trim().min(1, 'The case summary is empty: write it, or start from the record.').max(20_000),
  })
  .strict();
export type SummaryFields = z.infer<typeof SummaryFields>;

export const CourtPaper = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('service-certificate'), fields: CertificateFields }).strict(),
  z.object({ kind: z.literal('case-summary'), fields: SummaryFields }).strict(),
]);
export type CourtPaper = z.infer<typeof CourtPaper>;

export const CourtPaperSaveInput = z
  .object({
    caseId: Id,
    /** Null: a new paper. */
    paperId: Id.nullable().default(null),
    paper: CourtPaper,
  })
  .strict();

export const CourtPaperFinaliseInput = z.object({ caseId: Id, paperId: Id, signedOn: IsoDate }).strict();
export const CourtPaperCaseInput = z.object({ caseId: Id }).strict();

export const DeemedServiceView = z.object({ on: z.string(), rule: z.string(), why: z.string() });

export const CourtPaperView = z.object({
  id: Id,
  caseId: Id,
  status: z.enum(['draft', 'final']),
  paper: CourtPaper,
  /** "Certificate of service: Final written warning…" or "Case summary". */
  title: z.string(),
  /** A certificate's deemed date of service (as finalised, or as the draft stands); null if it cannot be worked out yet. */
  deemed: DeemedServiceView.nullable(),
  signedOn: z.string().nullable(),
  savedBy: z.string(),
  savedAt: z.string(),
  finalisedBy: z.string().nullable(),
  finalisedAt: z.string().nullable(),
});
export type CourtPaperView = z.infer<typeof CourtPaperView>;

export const SummaryProposal = z.object({ body: z.string() });
