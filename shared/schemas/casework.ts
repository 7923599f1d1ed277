import { z } from 'zod';
import { APPENDIX_1_OFFENCES, COSTS_PAYERS, INTERVIEW_BASES, POLICE_OUTCOMES, SAFETY_MEASURE_KINDS, SAFETY_STATUSES, SENT_FORMATS } from '../domain/policy-measures';
import { codes } from '../domain/vocabulary';
import { Id } from './common';
import { IsoDate } from './cases';

/**
 * Schemas of issue 18's records (items 2, 5, 6, 7, 11): the complainant's agreement to others being
 * interviewed (P4.9), results of legal and police action (P5.10, P5.17–5.20), counter-allegations (P4.7),
 * safety measures (P3.17) and the other formats a letter was sent in (P8.3).
 */
const text = (max: number) => z.string().trim().max(max);
const pence = z.number().int().min(0).max(100_000_000);

export const InterviewAgreementInput = z
  .object({
    caseId: Id,
    basis: z.enum(codes(INTERVIEW_BASES)),
    /** Why: required when going ahead without agreement; optional words otherwise. */
    reason: text(1000).default(''),
    givenOn: IsoDate,
  })
  .strict()
  .refine((i) => i.basis === 'agreed' || i.basis === 'declined' || i.reason.length >= 10, {
    message: 'Say why others will be interviewed without the complainant’s agreement (at least 10 characters).',
    path: ['reason'],
  });

export const InterviewAgreementView = z.object({ id: Id, basis: z.string(), reason: z.string(), givenOn: z.string(), recordedBy: z.string() });
export type InterviewAgreementView = z.infer<typeof InterviewAgreementView>;

export const ActionResultInput = z
  .object({
    actionId: Id,
    decidedOn: IsoDate,
    /** P5.10: damages the court awarded the victim (in an injunction or other claim). */
    damagesPence: pence.nullable().default(null),
    costsPence: pence.nullable().default(null),
    costsPayer: z.enum(codes(COSTS_PAYERS)).nullable().default(null),
    /** P5.17, Appendix 1: the offence a police measure is about. */
    offence: z.enum(codes(APPENDIX_1_OFFENCES)).nullable().default(null),
    policeOutcome: z.enum(codes(POLICE_OUTCOMES)).nullable().default(null),
    notes: text(2000).default(''),
  })
  .strict()
  .refine((r) => (r.costsPence === null) === (r.costsPayer === null), { message: 'A costs order needs both its amount and who pays it.', path: ['costsPayer'] });

export const ActionResultView = z.object({
  actionId: Id,
  decidedOn: z.string(),
  damagesPence: z.number().int().nullable(),
  costsPence: z.number().int().nullable(),
  costsPayer: z.string().nullable(),
  offence: z.string().nullable(),
  policeOutcome: z.string().nullable(),
  notes: z.string(),
});
export type ActionResultView = z.infer<typeof ActionResultView>;

export const CounterAllegationInput = z
  .object({
    caseId: Id,
    /** The other case, by its reference as officers write it (e.g. "C33-2026-0042"). */
    otherRef: text(40).min(1, 'Give the reference of the other case.'),
  })
  .strict();

export const SafetyMeasureInput = z
  .object({
    caseId: Id,
    partyId: Id.nullable().default(null),
    kind: z.enum(codes(SAFETY_MEASURE_KINDS)),
    status: z.enum(codes(SAFETY_STATUSES)),
    on: IsoDate,
    costPence: pence.default(0),
    provider: text(200).default(''),
    /** P3.17: "We will liaise with Crime Prevention services where necessary to protect witnesses." */
    liaison: text(300).default(''),
    notes: text(2000).default(''),
  })
  .strict();
export const SafetyMeasureView = z.object({
  id: Id,
  partyId: Id.nullable(),
  partyName: z.string().nullable(),
  kind: z.string(),
  status: z.string(),
  on: z.string(),
  costPence: z.number().int(),
  provider: z.string(),
  liaison: z.string(),
  notes: z.string(),
});
export type SafetyMeasureView = z.infer<typeof SafetyMeasureView>;

export const FormatSentInput = z
  .object({
    documentId: Id,
    format: z.enum(codes(SENT_FORMATS)),
    language: text(80).default(''),
    producedBy: text(200).min(1, 'Say who produced it (a transcription service, a translator, the officer).'),
    sentOn: IsoDate,
  })
  .strict()
  .refine((f) => f.format !== 'translation' || f.language.length > 0, { message: 'Give the language of the translation.', path: ['language'] });
export const FormatSentView = z.object({ id: Id, documentId: Id, documentTitle: z.string(), format: z.string(), language: z.string(), producedBy: z.string(), sentOn: z.string() });
export type FormatSentView = z.infer<typeof FormatSentView>;

export const PlainTextOutput = z.object({ fileName: z.string(), text: z.string() });

export const CaseworkView = z.object({
  interviewAgreement: InterviewAgreementView.nullable(),
  /** What interviewing others needs now, in words (null when it may go ahead). */
  interviewRefusal: z.string().nullable(),
  counterAllegations: z.array(z.object({ caseId: Id, ref: z.string() })),
  safetyMeasures: z.array(SafetyMeasureView),
  formatsSent: z.array(FormatSentView),
});
export type CaseworkView = z.infer<typeof CaseworkView>;
