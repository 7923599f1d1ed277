import { AppError } from '../../../shared/result';
import type { AnonymisePersonInput } from '../../../shared/schemas/retention-person';
import { reindexCase } from '../../cases/search-index';
import type { WritableDB } from '../../db/connection';
import { anonymiseTable, forgetKeptAnswers, mergeSearchIndex, withDisposalPermit } from '../store';
import { ANONYMISED, caseTables, type CaseTable, TABLE_RULES } from '../tables';
import { type FoundPerson, findPerson } from './find';
import { redactorFor, redactValue, type Redactor } from './redact';
import {
  blankStatementInitials,
  caseRows,
  documentIdsTo,
  evidenceBytes,
  evidenceIdsOfCase,
  insertPersonCaseTombstone,
  insertPersonTombstone,
  type PartyIdentity,
  partiesOfCase,
  removeBundleFiles,
  removeDocumentFiles,
  removeEvidenceFiles,
  requestExists,
  tableShape,
  updateRow,
} from './store';

/**
 * Anonymising one person across every case they are on (issue 21: an erasure request, or a disposal that
 * applies to a person), in one transaction with its tombstones:
 * - their party records are blanked as a case disposal blanks parties (name, date of birth, home, phone,
 *   e-mail, other names, identifying details), keeping role and tenure, so the equality and role figures
 *   the monitoring report counts are unchanged;
 * - every text of each of their cases — notes, contacts, incidents, statements, letters' words, drafts,
 *   JSON fields — has each mention of them replaced by the marker; other people's own records and names
 *   are left as they were;
 * - files that cannot be edited go where they are about the person: letters addressed to them or whose
 *   words named them, exhibits whose file or description names them (with their redacted copies), and the
 *   case's built court bundles (a bundle names everyone). The records of those letters, exhibits and
 *   bundles stay, with their dates and hashes;
 * - the search index is rewritten for each case and merged.
 * One tombstone for the person and one per case, never a name. Afterwards the handler rebuilds the file.
 */
export interface PersonDone {
  anonymisationId: number;
  cases: string[];
  records: number;
  rows: number;
  filesRemoved: number;
}

export function anonymisePersonInTransaction(db: WritableDB, input: AnonymisePersonInput, granted: ReadonlySet<number>, by: number, now: Date): PersonDone {
  const person = findPerson(db, input.partyId, granted, now);
  if (input.confirmName.trim().toLowerCase() !== person.chosen.name.trim().toLowerCase()) throw new AppError('bad-input', `Type the person’s name, ${person.chosen.name}, exactly to confirm.`);
  if (person.refusals.length) throw new AppError('guard', person.refusals.join(' '));
  if (input.requestId !== null && !requestExists(db, input.requestId, person.chosen.partner)) throw new AppError('bad-input', 'There is no such subject request for this partner. Choose the erasure request this answers, or none.');
  const byCase = new Map<number, PartyIdentity[]>();
  for (const r of person.records) byCase.set(r.caseId, [...(byCase.get(r.caseId) ?? []), r]);
  const perCase = [...byCase.entries()].map(([caseId, mine]) => ({ caseId, mine, ...anonymiseOnCase(db, person, caseId, mine) }));
  mergeSearchIndex(db);
  forgetKeptAnswers(db);
  const rows = perCase.reduce((a, c) => a + Object.values(c.counts).reduce((x, y) => x + y, 0), 0);
  const filesRemoved = perCase.reduce((a, c) => a + c.filesRemoved, 0);
  const at = now.toISOString();
  const anonymisationId = insertPersonTombstone(db, { partner: person.chosen.partner, basis: input.basis, requestId: input.requestId, cases: perCase.length, records: person.records.length, rows }, by, at);
  for (const c of perCase) {
    insertPersonCaseTombstone(db, { anonymisationId, caseId: c.caseId, caseRef: c.mine[0]!.caseRef, partyIds: c.mine.map((p) => p.id), roles: c.mine.map((p) => p.role), counts: c.counts, filesRemoved: c.filesRemoved });
  }
  return { anonymisationId, cases: perCase.map((c) => c.mine[0]!.caseRef), records: person.records.length, rows, filesRemoved };
}

function anonymiseOnCase(db: WritableDB, person: FoundPerson, caseId: number, mine: PartyIdentity[]): { counts: Record<string, number>; filesRemoved: number } {
  const mineIds = new Set(mine.map((p) => p.id));
  const others = partiesOfCase(db, caseId).filter((p) => !mineIds.has(p.id));
  const redactor = redactorFor(person.records, others);
  const counts: Record<string, number> = {};
  let filesRemoved = 0;
  withDisposalPermit(db, caseId, () => {
    // Files first, while their words can still be read to decide.
    filesRemoved += removeFilesAbout(db, caseId, mine, redactor);
    const parties = TABLE_RULES.parties as CaseTable;
    counts.parties = anonymiseTable(db, 'parties', { ...parties, rows: `case_id = @case AND id IN (${[...mineIds].map(Number).join(', ')})` }, caseId);
    for (const [table, rule] of caseTables()) {
      const n = redactTable(db, table, rule, caseId, table === 'parties' ? mineIds : null, redactor);
      if (n) counts[table] = (counts[table] ?? 0) + n;
    }
    const initials = blankStatementInitials(db, [...mineIds], ANONYMISED);
    if (initials) counts.witness_statements = (counts.witness_statements ?? 0) + initials;
    reindexCase(db, caseId);
  });
  return { counts, filesRemoved };
}

/** Other parties' own identity columns are theirs: only their free-text columns are searched for the person. */
const PARTY_OWN = new Set(['name', 'date_of_birth', 'address', 'postcode', 'phone', 'email', 'other_names']);

function redactTable(db: WritableDB, table: string, rule: CaseTable, caseId: number, skipRows: ReadonlySet<number> | null, r: Redactor): number {
  const shape = tableShape(db, table);
  let changed = 0;
  for (const row of caseRows(db, table, rule.rows, caseId, shape)) {
    if (skipRows && skipRows.has(Number(row.values.id))) continue;
    const changes: Record<string, unknown> = {};
    for (const [column, value] of Object.entries(row.values)) {
      if (typeof value !== 'string' || (table === 'parties' && PARTY_OWN.has(column))) continue;
      const next = redactValue(value, r);
      if (next !== value) changes[column] = next;
    }
    if (!Object.keys(changes).length) continue;
    updateRow(db, table, { names: shape.key, values: row.key }, changes);
    changed += 1;
  }
  return changed;
}

function removeFilesAbout(db: WritableDB, caseId: number, mine: readonly PartyIdentity[], r: Redactor): number {
  let removed = 0;
  const letters = new Set(documentIdsTo(db, mine.map((p) => p.id)));
  for (const row of caseRows(db, 'documents', 'case_id = @case', caseId, { columns: ['id', 'title', 'recipient_description', 'model', 'notes'], key: ['rowid'] })) {
    if (Object.values(row.values).some((v) => typeof v === 'string' && r.mentions(v))) letters.add(Number(row.values.id));
  }
  for (const id of letters) removed += removeDocumentFiles(db, id);
  for (const id of evidenceIdsOfCase(db, caseId)) {
    const [row] = caseRows(db, 'evidence', `id = ${Number(id)}`, caseId, { columns: ['file_name', 'source', 'description', 'transcript'], key: ['rowid'] });
    const words = Object.values(row?.values ?? {}).filter((v): v is string => typeof v === 'string');
    if (words.some((w) => r.mentions(w)) || r.mentions(evidenceBytes(db, id).toString('latin1'))) removed += removeEvidenceFiles(db, id);
  }
  removed += removeBundleFiles(db, caseId);
  return removed;
}
