import { z } from 'zod';
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

export const PolicePackInput = z
  .object({
    caseId: Id,
    force: text(200, 'Enter the police force (for example “Metropolitan Police Service”).'),
    officer: text(200, 'Enter the requesting officer’s name and collar number.'),
    reference: text(100, 'Enter the police reference (the crime or incident number).'),
    lawfulBasis: PoliceBasis,
    purpose: text(2000, 'Say what the police need it for (the offence or the disorder being prevented or detected).'),
    evidenceIds: z.array(Id).min(1, 'Choose at least one exhibit for the pack.').max(500),
  })
  .strict();
export type PolicePackInput = z.infer<typeof PolicePackInput>;
