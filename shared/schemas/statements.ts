import { z } from 'zod';
import { Id } from './common';
import { IsoDate } from './cases';

/**
 * Witness statements (issue 15): drafted from the record, edited by their maker, then finalised —
 * locked, versioned, dated and saying how they were taken (PD 32 para 18.2). A statement in another
 * language keeps the original, the English translation and the translator's certificate (18.1, 20.1,
 * 23.2). Only a finalised version goes into a court bundle.
 */
const text = (max: number) => z.string().trim().max(max);

export const StatementMaker = z.discriminatedUnion('kind', [
  /** The officer responsible for the case (its owner), who makes the Claimant's statement. */
  z.object({ kind: z.literal('officer') }).strict(),
  z.object({ kind: z.literal('party'), partyId: Id }).strict(),
]);

export const ExhibitMark = z
  .object({
    evidenceId: Id,
    /** The producing witness's initials and a number, e.g. "AH1" (PD 32 para 11.3). */
    mark: z.string().trim().regex(/^[A-Z]{1,4}\/?\d{1,3}$/, 'Mark an exhibit with the witness’s initials and a number, e.g. AH1.'),
  })
  .strict();

export const StatementTranslation = z
  .object({
    body: z.string().trim().min(1, 'Enter the English translation.').max(100_000),
    translatorName: z.string().trim().min(1, 'Enter the translator’s name.').max(200),
    translatedOn: IsoDate,
    certificate: z.string().trim().min(1, 'Enter the translator’s certificate.').max(2000),
    /** The statement of truth in the witness's own language, as the translator gives it (PD 32 para 20.1). */
    truthInLanguage: z.string().trim().min(1, 'Enter the statement of truth in the witness’s language.').max(2000),
  })
  .strict();

export const StatementSaveInput = z
  .object({
    caseId: Id,
    /** Null: a new statement by `maker` (its number follows the maker's last one). */
    statementId: Id.nullable().default(null),
    maker: StatementMaker.default({ kind: 'officer' }),
    body: z.string().trim().min(1, 'The statement is empty: write what the witness says.').max(100_000),
    language: z.string().trim().min(2, 'Name the language the witness made the statement in.').max(60).default('English'),
    howTaken: text(1000).default(''),
    exhibits: z.array(ExhibitMark).max(200).default([]),
    translation: StatementTranslation.nullable().default(null),
  })
  .strict();

export const StatementFinaliseInput = z
  .object({
    caseId: Id,
    statementId: Id,
    /** The date the witness signs it: the statement's date. */
    signedOn: IsoDate,
  })
  .strict();

export const StatementCaseInput = z.object({ caseId: Id }).strict();

export const StatementVersion = z.object({
  version: z.number().int(),
  status: z.enum(['draft', 'final']),
  body: z.string(),
  language: z.string(),
  howTaken: z.string(),
  exhibits: z.array(z.object({ evidenceId: Id, mark: z.string() })),
  translation: StatementTranslation.nullable(),
  statementDate: z.string().nullable(),
  savedBy: z.string(),
  savedAt: z.string(),
  finalisedBy: z.string().nullable(),
  finalisedAt: z.string().nullable(),
});
export type StatementVersion = z.infer<typeof StatementVersion>;

export const StatementView = z.object({
  id: Id,
  caseId: Id,
  makerKind: z.enum(['officer', 'party']),
  makerPartyId: Id.nullable(),
  makerName: z.string(),
  initials: z.string(),
  number: z.number().int(),
  /** "First witness statement of Joanne Mensah". */
  title: z.string(),
  /** Newest first. */
  versions: z.array(StatementVersion),
});
export type StatementView = z.infer<typeof StatementView>;

export const StatementProposal = z.object({
  makerName: z.string(),
  initials: z.string(),
  body: z.string(),
  exhibits: z.array(z.object({ evidenceId: Id, mark: z.string(), title: z.string() })),
});
