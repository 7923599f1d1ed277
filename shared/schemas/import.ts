import { z } from 'zod';
import { Username } from './common';
import {
  CaseStatus,
  ConsentInput,
  ContactAddInput,
  IncidentInput,
  IntakeInput,
  IsoDate,
  IsoDateTime,
  NoteAddInput,
} from './cases';

/**
 * The import format (issue 3 §8, docs/import-format.md): a JSON file of whole cases from an existing
 * register. It is the intake's own schema with a few differences for historical records — incidents name
 * who reported them with `reportedBy`, consents name the person with `party`, and a case may bring its
 * contacts, notes, owner, status and closing date. docs/import-format.schema.json is generated from
 * ImportDocument (npm run import-schema) and a test keeps the two equal.
 */

const PartyKey = z.string().trim().min(1, 'Give the key of a person in this case’s "parties".').max(40);

export const ImportIncident = IncidentInput.omit({ reportedByKey: true })
  .extend({
    reportedBy: PartyKey.nullable().default(null).describe('The key of the person in "parties" who reported it.'),
  })
  .strict();

export const ImportConsent = ConsentInput.omit({ partyKey: true })
  .extend({
    party: PartyKey.describe('The key of the complainant, victim or witness in "parties" who gave the consent.'),
    withdrawnOn: IsoDate.nullable().default(null).describe('The date the consent was withdrawn, if it was.'),
  })
  .strict();

export const ImportContact = z
  .object({
    at: IsoDateTime,
    kind: ContactAddInput.shape.kind,
    direction: ContactAddInput.shape.direction,
    party: PartyKey.nullable().default(null).describe('The key of the person in "parties" the contact was with.'),
    summary: ContactAddInput.shape.summary,
  })
  .strict();

export const ImportNote = z.object({ at: IsoDateTime, text: NoteAddInput.shape.text }).strict();

export const ImportCase = IntakeInput.omit({ incidents: true, consents: true, linkToCaseIds: true, ownerId: true })
  .extend({
    sourceRef: z
      .string()
      .trim()
      .max(60)
      .default('')
      .describe('The case’s reference in the register it comes from; kept in a note on the case so it can be traced.'),
    ownerUsername: Username.nullable().default(null).describe('The user name of the officer who owns the case; the importing user when left out.'),
    status: CaseStatus.default('open'),
    closedAt: IsoDateTime.nullable().default(null).describe('When the case was closed: required when status is "closed", and only then.'),
    legalReferred: z.boolean().default(false).describe('The case has been referred to the legal team.'),
    incidents: z.array(ImportIncident).min(1, 'Record at least one incident: what happened and when.').max(200),
    consents: z.array(ImportConsent).max(50).default([]),
    contacts: z.array(ImportContact).max(2000).default([]),
    notes: z.array(ImportNote).max(500).default([]),
  })
  .strict();
export type ImportCase = z.infer<typeof ImportCase>;

/** The most cases one file may hold: a whole register fits, and one request stays a bounded size. */
export const MAX_IMPORT_CASES = 100_000;

export const ImportDocument = z
  .object({
    version: z.literal(1).optional().describe('The version of this format: 1.'),
    cases: z.array(ImportCase).min(1, 'The file has no cases to import.').max(MAX_IMPORT_CASES),
  })
  .strict()
  .describe('Cases to import into Hearth, all or none (docs/import-format.md).');
export type ImportDocument = z.infer<typeof ImportDocument>;

/** The JSON Schema of the file format, as committed in docs/import-format.schema.json. */
export function importJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(ImportDocument, { io: 'input', target: 'draft-2020-12' });
  return { $schema, title: 'Hearth import file', ...rest };
}
