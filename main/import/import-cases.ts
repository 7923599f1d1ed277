import type { z } from 'zod';
import { AppError } from '../../shared/result';
import type { IntakeInput } from '../../shared/schemas/cases';
import { ImportDocument, type ImportCase } from '../../shared/schemas/import';
import { londonDate } from '../../shared/time/london';
import type { ReadableDB, WritableDB } from '../db/connection';
import { setCaseStatus, updateCase } from '../db/queries/cases';
import { consentIdsOfCase, withdrawConsent } from '../db/queries/consents';
import { partyIdsOfCase } from '../db/queries/parties';
import { partnerActivity } from '../db/queries/partners';
import { insertContact, insertNote } from '../db/queries/timeline';
import { listCurrentUsers, listUserPartners } from '../db/queries/users';
import { createCase } from '../cases/intake';
import { assertConsentableRole, assertDateOfBirth, assertNotFuture, assertResponsibleIsTenant, normaliseInstant } from '../cases/rules';
import type { SessionUser } from '../security/session';
import { recomputeCase } from '../standards/recompute';

/**
 * Import (issue 3 §8): whole cases from an existing register, all or none. Every case is checked first —
 * the schema, then the rules that need the clock and the database, the same rules as an intake — and only a
 * file without a single problem is written, in one transaction. A problem names the case by its place in
 * the file (counting from 1), the field by its path inside that case, and the reason:
 * "Case 3, parties[1].role: Choose the person’s role in the case."
 */

export interface ImportProblem {
  /** The case's number in the file, counting from 1; null for a problem with the file as a whole. */
  caseNumber: number | null;
  /** Path inside the case (or the file), e.g. "parties[1].role"; empty for the case as a whole. */
  field: string;
  reason: string;
}

export interface ImportOutcome {
  created: number;
  /** The new references, in the same order as the cases in the file. */
  refs: string[];
}

/** How many problems the refusal spells out; the rest are counted. */
const SHOWN = 5;

export function describeProblem(p: ImportProblem): string {
  const where = p.caseNumber === null ? '' : `Case ${p.caseNumber}`;
  const head = [where, p.field].filter(Boolean).join(', ');
  return head ? `${head}: ${p.reason}` : p.reason;
}

/** ['parties', 1, 'role'] → "parties[1].role" */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, part) => (typeof part === 'number' ? `${acc}[${part}]` : acc ? `${acc}.${String(part)}` : String(part)), '');
}

const EXPECTED: Record<string, string> = {
  string: 'text in quotes',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list [ … ]',
  object: 'an object { … }',
  null: 'null',
};

/**
 * Messages for problems the schemas give no sentence of their own (a schema's own message, such as the
 * party role's, always wins): written for the person fixing the file, not for a developer.
 */
export const importErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'This field is required.' : `Expected ${EXPECTED[issue.expected] ?? issue.expected}.`;
    case 'invalid_value':
      return issue.values.length === 1 ? `Use ${JSON.stringify(issue.values[0])}.` : `Use one of: ${issue.values.map(String).join(', ')}.`;
    case 'unrecognized_keys':
      return 'This field is not part of the import format: check its spelling against docs/import-format.md.';
    case 'too_big':
      if (issue.origin === 'string') return `Use at most ${issue.maximum} characters.`;
      if (issue.origin === 'array') return `At most ${issue.maximum} are allowed here.`;
      return `Use at most ${issue.maximum}.`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) === 1 ? 'This cannot be empty.' : `Use at least ${issue.minimum} characters.`;
      if (issue.origin === 'array') return `Give at least ${issue.minimum}.`;
      return `Use at least ${issue.minimum}.`;
    case 'invalid_format':
      return `This is not a valid ${issue.format}.`;
    default:
      return undefined;
  }
};

function schemaProblems(error: z.ZodError): ImportProblem[] {
  return error.issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    const reason =
      issue.code === 'unrecognized_keys' && issue.keys.length > 1 ? `${issue.message} (so are ${issue.keys.slice(1).map((k) => `"${k}"`).join(', ')})` : issue.message;
    if (path[0] === 'cases' && typeof path[1] === 'number') return { caseNumber: path[1] + 1, field: fieldPath(path.slice(2)), reason };
    return { caseNumber: null, field: fieldPath(path), reason };
  });
}

interface Directory {
  partners: Map<string, boolean>;
  users: Map<string, { id: number; partners: string[] }>;
}

function loadDirectory(db: ReadableDB): Directory {
  const partners = partnerActivity(db);
  const users = new Map(listCurrentUsers(db).map((u) => [u.username, { id: u.id, partners: listUserPartners(db, u.id) }]));
  return { partners, users };
}

/** The rules beyond the schema for one case: each problem with the field it is about. */
function caseProblems(c: ImportCase, caseNumber: number, dir: Directory, user: SessionUser, now: Date): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const today = londonDate(now);
  const add = (field: string, reason: string) => problems.push({ caseNumber, field, reason });
  /** Runs one of the intake's own rules and files its sentence under the field. */
  const rule = (field: string, check: () => void) => {
    try {
      check();
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      add(field, error.message);
    }
  };

  if (!dir.partners.get(c.partner)) add('partner', `There is no active partner with the code ${c.partner}.`);
  else if (!user.partners.includes(c.partner)) add('partner', `You do not work for partner ${c.partner}, so you cannot import its cases.`);
  rule('receivedAt', () => assertNotFuture(c.receivedAt, now, 'The date the report was received'));

  if (c.ownerUsername !== null) {
    const owner = dir.users.get(c.ownerUsername);
    if (!owner) add('ownerUsername', `There is no current user called ${c.ownerUsername}.`);
    else if (!owner.partners.includes(c.partner)) add('ownerUsername', `${c.ownerUsername} does not work for partner ${c.partner}, so could not see the case.`);
  }

  if (c.status === 'closed' && c.closedAt === null) add('closedAt', 'Give the date and time a closed case was closed.');
  if (c.status !== 'closed' && c.closedAt !== null) add('closedAt', 'Only a closed case has a closing date: set "status" to "closed", or leave closedAt out.');
  if (c.closedAt !== null) {
    const closedAt = c.closedAt;
    rule('closedAt', () => assertNotFuture(closedAt, now, 'The closing date'));
    if (Date.parse(closedAt) < Date.parse(c.receivedAt)) add('closedAt', 'A case cannot close before its report was received.');
  }

  const parties = new Map<string, ImportCase['parties'][number]>();
  c.parties.forEach((p, i) => {
    if (parties.has(p.key)) add(`parties[${i}].key`, `Two people share the key "${p.key}"; each needs its own.`);
    else parties.set(p.key, p);
    rule(`parties[${i}].dateOfBirth`, () => assertDateOfBirth(p.dateOfBirth, now, p.anonymous ? `person ${i + 1} (anonymous)` : p.name));
  });
  const unknownKey = (key: string) => `No one in this case’s "parties" has the key "${key}".`;
  c.parties.forEach((p, i) => {
    if (p.responsibleKey === null || p.responsibleKey === '') return;
    const responsible = parties.get(p.responsibleKey);
    if (!responsible) return add(`parties[${i}].responsibleKey`, unknownKey(p.responsibleKey));
    rule(`parties[${i}].responsibleKey`, () => assertResponsibleIsTenant(p.role, { tenure: responsible.tenure, name: responsible.name }, p.name || `Person ${i + 1}`));
  });

  c.incidents.forEach((inc, i) => {
    rule(`incidents[${i}].occurredAt`, () => assertNotFuture(inc.occurredAt, now, 'The incident'));
    if (inc.reportedBy !== null && !parties.has(inc.reportedBy)) add(`incidents[${i}].reportedBy`, unknownKey(inc.reportedBy));
  });

  c.consents.forEach((consent, i) => {
    const who = parties.get(consent.party);
    if (!who) add(`consents[${i}].party`, unknownKey(consent.party));
    else rule(`consents[${i}].party`, () => assertConsentableRole(who.role, who.anonymous ? 'an anonymous person' : who.name));
    if (consent.recipient === 'other' && !consent.recipientName) add(`consents[${i}].recipientName`, 'Name who the identity may be shared with.');
    if (consent.writtenOn > today) add(`consents[${i}].writtenOn`, 'The consent’s date is in the future.');
    if (consent.withdrawnOn !== null) {
      if (consent.withdrawnOn < consent.writtenOn) add(`consents[${i}].withdrawnOn`, 'A consent cannot be withdrawn before it was given.');
      else if (consent.withdrawnOn > today) add(`consents[${i}].withdrawnOn`, 'The date it was withdrawn is in the future.');
    }
  });

  c.contacts.forEach((contact, i) => {
    rule(`contacts[${i}].at`, () => assertNotFuture(contact.at, now, 'The contact'));
    if (contact.party !== null && !parties.has(contact.party)) add(`contacts[${i}].party`, unknownKey(contact.party));
  });
  c.notes.forEach((n, i) => rule(`notes[${i}].at`, () => assertNotFuture(n.at, now, 'The note')));
  return problems;
}

/** Checks a parsed file without writing anything: the cases ready to write, or every problem found. */
export function checkImport(db: ReadableDB, raw: unknown, user: SessionUser, now: Date): { ok: true; cases: ImportCase[] } | { ok: false; problems: ImportProblem[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ caseNumber: null, field: '', reason: 'The file must hold a JSON object with a "cases" list (see docs/import-format.md).' }] };
  }
  const parsed = ImportDocument.safeParse(raw, { error: importErrorMap });
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error) };
  const dir = loadDirectory(db);
  const problems = parsed.data.cases.flatMap((c, i) => caseProblems(c, i + 1, dir, user, now));
  return problems.length ? { ok: false, problems } : { ok: true, cases: parsed.data.cases };
}

export function refusal(problems: readonly ImportProblem[]): string {
  const shown = problems.slice(0, SHOWN).map(describeProblem).join(' ');
  const more = problems.length > SHOWN ? ` (${problems.length - SHOWN} more problem${problems.length - SHOWN === 1 ? '' : 's'} not shown.)` : '';
  return `${shown}${more} Nothing was imported.`;
}

function toIntake(c: ImportCase, ownerId: number | null): IntakeInput {
  return {
    partner: c.partner,
    receivedAt: c.receivedAt,
    method: c.method,
    category: c.category,
    summary: c.summary,
    location: c.location,
    flags: c.flags,
    motivation: c.motivation,
    perceivedAsHate: c.perceivedAsHate,
    perception: null,
    screening: null,
    risk: c.risk,
    anonymousReport: c.anonymousReport,
    parties: c.parties,
    incidents: c.incidents.map(({ reportedBy, ...rest }) => ({ ...rest, reportedByKey: reportedBy })),
    consents: c.consents.map(({ party, withdrawnOn: _withdrawn, ...rest }) => ({ ...rest, partyKey: party })),
    linkToCaseIds: [],
    ownerId,
  };
}

/** Writes one checked case and everything it brings, in the caller's transaction; returns its reference. */
function writeCase(db: WritableDB, c: ImportCase, ownerId: number | null, user: SessionUser, now: Date): string {
  const at = now.toISOString();
  const { id, ref } = createCase(db, toIntake(c, ownerId), user, now);
  // createCase inserts parties and consents in the file's order, so ids ascend in that order.
  const partyIds = partyIdsOfCase(db, id);
  const partyId = new Map(c.parties.map((p, i) => [p.key, partyIds[i]!]));
  if (c.consents.some((x) => x.withdrawnOn !== null)) {
    const consentIds = consentIdsOfCase(db, id);
    c.consents.forEach((x, i) => {
      if (x.withdrawnOn !== null) withdrawConsent(db, consentIds[i]!, x.withdrawnOn);
    });
  }
  for (const contact of c.contacts) {
    insertContact(db, {
      caseId: id,
      at: normaliseInstant(contact.at),
      kind: contact.kind,
      direction: contact.direction,
      partyId: contact.party === null ? null : partyId.get(contact.party)!,
      summary: contact.summary,
      officerId: ownerId ?? user.id,
      recordedAt: at,
    });
  }
  for (const n of c.notes) insertNote(db, { caseId: id, at: normaliseInstant(n.at), text: n.text, authorId: user.id });
  if (c.sourceRef) insertNote(db, { caseId: id, at, text: `Imported from the previous register, where its reference was ${c.sourceRef}.`, authorId: user.id });
  if (c.status !== 'open') setCaseStatus(db, id, c.status, c.closedAt === null ? null : normaliseInstant(c.closedAt));
  if (c.legalReferred) updateCase(db, id, { legalReferred: 1 }, at);
  // The service-standard deadlines, again now the contacts and any closure are in (createCase saw only the report).
  recomputeCase(db, id, now);
  return ref;
}

/**
 * Imports a parsed file: all its cases in one transaction, or none. Cases are numbered in the order they
 * were received (so references run with time within each partner and year), and the references come back
 * in the file's order.
 */
export function importCases(db: WritableDB, raw: unknown, user: SessionUser, now: Date): ImportOutcome {
  const checked = checkImport(db, raw, user, now);
  if (!checked.ok) throw new AppError('bad-input', refusal(checked.problems));
  const owners = new Map(listCurrentUsers(db).map((u) => [u.username, u.id]));
  const order = checked.cases.map((c, i) => ({ c, i, t: Date.parse(c.receivedAt) })).sort((a, b) => a.t - b.t || a.i - b.i);
  const refs: string[] = new Array<string>(checked.cases.length);
  db.transaction(() => {
    for (const { c, i } of order) {
      try {
        refs[i] = writeCase(db, c, c.ownerUsername === null ? null : owners.get(c.ownerUsername)!, user, now);
      } catch (error) {
        // A rule the checks above missed: still all or nothing, and still naming the case.
        if (error instanceof AppError) throw new AppError(error.code, `Case ${i + 1}: ${error.message} Nothing was imported.`);
        throw error;
      }
    }
  })();
  return { created: refs.length, refs };
}
