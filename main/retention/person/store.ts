import type { ReadableDB, WritableDB } from '../../db/connection';

/** The SQL of anonymising one person across their cases (person/anonymise.ts): rows, files, tombstones. */

export interface PartyIdentity {
  id: number;
  caseId: number;
  caseRef: string;
  caseStatus: string;
  partner: string;
  role: string;
  name: string;
  otherNames: string;
  dateOfBirth: string | null;
  address: string;
  postcode: string;
  phone: string;
  email: string;
  identifyingDetails: string;
  anonymous: number;
  restricted: number;
}

const PARTY = `SELECT p.id, p.case_id AS caseId, c.ref AS caseRef, c.status AS caseStatus, c.partner, p.role, p.name, p.other_names AS otherNames,
  p.date_of_birth AS dateOfBirth, p.address, p.postcode, p.phone, p.email, p.identifying_details AS identifyingDetails, p.anonymous, c.restricted
  FROM parties p JOIN cases c ON c.id = p.case_id`;

export function partyIdentity(db: ReadableDB, partyId: number): PartyIdentity | undefined {
  return db.prepare(`${PARTY} WHERE p.id = ?`).get(partyId) as PartyIdentity | undefined;
}

export function partiesOfCase(db: ReadableDB, caseId: number): PartyIdentity[] {
  return db.prepare(`${PARTY} WHERE p.case_id = ? ORDER BY p.id`).all(caseId) as PartyIdentity[];
}

export interface CoveringHold {
  caseRef: string;
  onPerson: boolean;
  kind: string;
  reason: string;
  placedBy: string;
  placedAt: string;
}

/** Live holds on any of these cases, or on any of these party records (a hold on the person). */
export function holdsCovering(db: ReadableDB, caseIds: readonly number[], partyIds: readonly number[]): CoveringHold[] {
  const rows = db
    .prepare(
      `SELECT c.ref AS caseRef, h.party_id IS NOT NULL AS onPerson, h.kind, h.reason, u.display_name AS placedBy, h.placed_at AS placedAt
       FROM legal_holds h JOIN users u ON u.id = h.placed_by JOIN cases c ON c.id = COALESCE(h.case_id, (SELECT case_id FROM parties WHERE id = h.party_id))
       WHERE h.lifted_at IS NULL AND (h.case_id IN (SELECT value FROM json_each(@cases)) OR h.party_id IN (SELECT value FROM json_each(@parties)))
       ORDER BY h.placed_at`,
    )
    .all({ cases: JSON.stringify(caseIds), parties: JSON.stringify(partyIds) }) as (Omit<CoveringHold, 'onPerson'> & { onPerson: number })[];
  return rows.map((r) => ({ ...r, onPerson: r.onPerson === 1 }));
}

const quoteId = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`retention: ${name} is not a plain identifier.`);
  return `"${name}"`;
};

/** A table's columns and how its rows are addressed (rowid, or the primary key of a WITHOUT ROWID table). */
export function tableShape(db: ReadableDB, table: string): { columns: string[]; key: string[] } {
  const cols = db.prepare('SELECT name, pk FROM pragma_table_info(?)').all(table) as { name: string; pk: number }[];
  const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) as { sql: string }).sql;
  const withoutRowid = /WITHOUT\s+ROWID/i.test(sql);
  const key = withoutRowid ? cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name) : ['rowid'];
  return { columns: cols.map((c) => c.name), key };
}

/** Every row of the case in a table, as key values and column values (text only is ever rewritten). */
export function caseRows(db: ReadableDB, table: string, rows: string, caseId: number, shape: { columns: string[]; key: string[] }): { key: unknown[]; values: Record<string, unknown> }[] {
  const keys = shape.key.map((k) => (k === 'rowid' ? 'rowid AS "__key0"' : `${quoteId(k)} AS "__key${shape.key.indexOf(k)}"`));
  const list = db.prepare(`SELECT ${[...keys, ...shape.columns.map(quoteId)].join(', ')} FROM ${quoteId(table)} WHERE ${rows}`).all({ case: caseId }) as Record<string, unknown>[];
  return list.map((r) => {
    const key = shape.key.map((_, i) => r[`__key${i}`]);
    const values = { ...r };
    shape.key.forEach((_, i) => delete values[`__key${i}`]);
    return { key, values };
  });
}

export function updateRow(db: WritableDB, table: string, key: { names: string[]; values: unknown[] }, changes: Record<string, unknown>): void {
  const sets = Object.keys(changes).map((c) => `${quoteId(c)} = ?`);
  const where = key.names.map((k) => `${k === 'rowid' ? 'rowid' : quoteId(k)} = ?`).join(' AND ');
  db.prepare(`UPDATE ${quoteId(table)} SET ${sets.join(', ')} WHERE ${where}`).run(...Object.values(changes), ...key.values);
}

/** The exhibit's file, in its chunks, as one buffer (searched for the person's details). */
export function evidenceBytes(db: ReadableDB, evidenceId: number): Buffer {
  return Buffer.concat((db.prepare('SELECT data FROM evidence_chunks WHERE evidence_id = ? ORDER BY seq').all(evidenceId) as { data: Buffer }[]).map((r) => r.data));
}

export function evidenceIdsOfCase(db: ReadableDB, caseId: number): number[] {
  return (db.prepare('SELECT id FROM evidence WHERE case_id = ? ORDER BY id').all(caseId) as { id: number }[]).map((r) => r.id);
}

/** Removes an exhibit's file and its redacted copy; the exhibit's row (its number, dates, hash) stays. */
export function removeEvidenceFiles(db: WritableDB, evidenceId: number): number {
  let n = db.prepare('DELETE FROM evidence_redacted_chunks WHERE evidence_id = ?').run(evidenceId).changes;
  n += db.prepare('DELETE FROM evidence_redactions WHERE evidence_id = ?').run(evidenceId).changes;
  n += db.prepare('DELETE FROM evidence_chunks WHERE evidence_id = ?').run(evidenceId).changes;
  return n;
}

/** Letters addressed to these party records (their files go; the record of the letter stays, its text redacted). */
export function documentIdsTo(db: ReadableDB, partyIds: readonly number[]): number[] {
  return (db.prepare('SELECT id FROM documents WHERE recipient_party_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(partyIds)) as { id: number }[]).map((r) => r.id);
}

export function removeDocumentFiles(db: WritableDB, documentId: number): number {
  return db.prepare('DELETE FROM document_files WHERE document_id = ?').run(documentId).changes;
}

/** A court bundle names everyone on the case: its built files go (the bundle's record and hash stay). */
export function removeBundleFiles(db: WritableDB, caseId: number): number {
  return db.prepare('DELETE FROM bundle_files WHERE bundle_id IN (SELECT id FROM bundles WHERE case_id = ?)').run(caseId).changes;
}

export function insertPersonTombstone(db: WritableDB, t: { partner: string; basis: string; requestId: number | null; cases: number; records: number; rows: number }, by: number, at: string): number {
  return Number(
    db
      .prepare('INSERT INTO person_anonymisations (partner, basis, request_id, cases, records, rows, done_by, done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(t.partner, t.basis, t.requestId, t.cases, t.records, t.rows, by, at).lastInsertRowid,
  );
}

export function insertPersonCaseTombstone(db: WritableDB, t: { anonymisationId: number; caseId: number; caseRef: string; partyIds: number[]; roles: string[]; counts: Record<string, number>; filesRemoved: number }): void {
  db.prepare('INSERT INTO person_anonymisation_cases (anonymisation_id, case_id, case_ref, party_ids, roles, counts, files_removed) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    t.anonymisationId,
    t.caseId,
    t.caseRef,
    JSON.stringify(t.partyIds),
    JSON.stringify(t.roles),
    JSON.stringify(t.counts),
    t.filesRemoved,
  );
}

/** A statement the person made: its maker's initials (which mark its exhibits) go with their name. */
export function blankStatementInitials(db: WritableDB, partyIds: readonly number[], marker: string): number {
  return db.prepare('UPDATE witness_statements SET initials = ? WHERE maker_party_id IN (SELECT value FROM json_each(?))').run(marker, JSON.stringify(partyIds)).changes;
}

export function requestExists(db: ReadableDB, id: number, partner: string): boolean {
  return db.prepare('SELECT 1 FROM subject_requests WHERE id = ? AND partner = ?').get(id, partner) !== undefined;
}
