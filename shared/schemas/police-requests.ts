import { z } from 'zod';
import { IsoDate } from './cases';
import { Id } from './common';

/**
 * A request from the police for information (issue 21 item 4; the policy's P3.11–3.14): the force, the
 * officer and their reference, the lawful basis the partner relies on (Crime and Disorder Act 1998
 * s.115, or DPA 2018 Schedule 2 para 2 when the police ask for personal data to prevent or detect crime),
 * what it is for, and the exhibits chosen. The answer is an evidence pack (a zip: the exhibits as held,
 * and a tagged PDF listing each with its SHA-256 and a continuity statement), logged as a disclosure.
 */
const text = (max: number, message: string) => z.string().trim().min(1, message).max(max);
export const POLICE_BASES = ['cda-1998-s115', 'dpa-2018-sch2-para2'] as const;
export const PoliceBasis = z.enum(POLICE_BASES);
export type PoliceBasis = z.infer<typeof PoliceBasis>;

/** Who asked, under what basis, for what (P3.11–3.14): the same for a request answered and one refused. */
const asked = {
  caseId: Id,
  force: text(200, 'Enter the police force (for example “Metropolitan Police Service”).'),
  officer: text(200, 'Enter the requesting officer’s name and collar number.'),
  reference: text(100, 'Enter the police reference (the crime or incident number).'),
  lawfulBasis: PoliceBasis,
  purpose: text(2000, 'Say what the police need it for (the offence or the disorder being prevented or detected).'),
  /** The day the police asked (today when left out). */
  receivedOn: IsoDate.nullable().default(null),
};

export const PolicePackInput = z
  .object({
    ...asked,
    evidenceIds: z.array(Id).min(1, 'Choose at least one exhibit for the pack.').max(500),
    /** Everything asked for, or only part of it (then say why the rest is not shared). */
    decision: z.enum(['shared', 'partly']).default('shared'),
    reason: z.string().trim().max(2000).default(''),
  })
  .strict()
  .refine((r) => r.decision === 'shared' || r.reason.length > 0, { message: 'Say why the rest of what the police asked for is not shared.', path: ['reason'] });
export type PolicePackInput = z.infer<typeof PolicePackInput>;

/** A request refused: nothing leaves, but the request and the reason are kept (and audited). */
export const PoliceRefuseInput = z
  .object({ ...asked, reason: text(2000, 'Say why the request is refused (for example, the basis given does not cover what was asked for).') })
  .strict();
export type PoliceRefuseInput = z.infer<typeof PoliceRefuseInput>;

export const PoliceListInput = z.object({ caseId: Id }).strict();

export const PoliceRequestView = z.object({
  id: Id,
  force: z.string(),
  officer: z.string(),
  reference: z.string(),
  lawfulBasis: PoliceBasis,
  purpose: z.string(),
  receivedOn: z.string(),
  decision: z.enum(['shared', 'partly', 'refused']),
  reason: z.string(),
  exhibits: z.number().int(),
  approvedBy: z.string(),
  madeAt: z.string(),
});
export type PoliceRequestView = z.infer<typeof PoliceRequestView>;
export const PoliceRequestList = z.array(PoliceRequestView);
