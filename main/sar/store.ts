import type { Exemption, RequestKind, SubjectRequestInput } from '../../shared/schemas/subject-requests';
import type { ReadableDB, WritableDB } from '../db/connection';
import { hasTable } from '../db/queries/meta';

/** Data subjects' requests and what was done with them (migration 0024). */
export interface RequestRow {
  id: number;
  kind: RequestKind;
  partner: string;
  name: string;
  otherNames: string[];
  dateOfBirth: string | null;
  address: string;
  postcode: string;
  details: string;
  receivedOn: string;
  identityMethod: string;
  identityCheckedBy: string;
  identityCheckedOn: string;
  dueOn: string;
  extendedReason: string | null;
  partyIds: number[];
  status: 'open' | 'done';
  decision: 'complied' | 'partly' | 'refused' | null;
  decisionReason: string;
  doneOn: string | null;
}

const SELECT = `SELECT r.id, r.kind, r.partner, r.name, r.other_names AS otherNames, r.date_of_birth AS dateOfBirth, r.address, r.postcode, r.details,
  r.received_on AS receivedOn, r.identity_method AS identityMethod, u.display_name AS identityCheckedBy, r.identity_checked_on AS identityCheckedOn,
  r.due_on AS dueOn, r.extended_reason AS extendedReason, r.party_ids AS partyIds, r.status, r.decision, r.decision_reason AS decisionReason, r.done_on AS doneOn
  FROM subject_requests r JOIN users u ON u.id = r.identity_checked_by`;

type Raw = Omit<RequestRow, 'otherNames' | 'partyIds'> & { otherNames: string; partyIds: string };
const rowOf = (r: Raw): RequestRow => ({ ...r, otherNames: JSON.parse(r.otherNames) as string[], partyIds: JSON.parse(r.partyIds) as number[] });

export function insertRequest(db: WritableDB, r: SubjectRequestInput & { dueOn: string; by: number; at: string }): number {
  return Number(
    db
      .prepare(
        `INSERT INTO subject_requests (kind, partner, name, other_names, date_of_birth, address, postcode, details, received_on, identity_method,
           identity_checked_by, identity_checked_on, due_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(r.kind, r.partner, r.name, JSON.stringify(r.otherNames), r.dateOfBirth, r.address, r.postcode, r.details, r.receivedOn, r.identityMethod, r.by, r.identityCheckedOn, r.dueOn, r.by, r.at).lastInsertRowid,
  );
}

export function getRequest(db: ReadableDB, id: number): RequestRow | null {
  const r = db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as Raw | undefined;
  return r ? rowOf(r) : null;
}

export function listRequests(db: ReadableDB, partners: readonly string[], open: boolean): RequestRow[] {
  if (!hasTable(db, 'subject_requests') || !partners.length) return [];
  const rows = db
    .prepare(`${SELECT} WHERE r.partner IN (${partners.map(() => '?').join(', ')}) ${open ? "AND r.status = 'open'" : ''} ORDER BY r.status, r.due_on, r.id`)
    .all(...partners) as Raw[];
  return rows.map(rowOf);
}

export function setRequestParties(db: WritableDB, id: number, partyIds: readonly number[]): void {
  db.prepare('UPDATE subject_requests SET party_ids = ? WHERE id = ?').run(JSON.stringify(partyIds), id);
}

export function extendRequest(db: WritableDB, id: number, dueOn: string, reason: string): void {
  db.prepare('UPDATE subject_requests SET due_on = ?, extended_reason = ? WHERE id = ?').run(dueOn, reason, id);
}

export function decideRequest(db: WritableDB, id: number, d: { decision: 'complied' | 'partly' | 'refused'; reason: string; by: number; on: string }): void {
  db.prepare("UPDATE subject_requests SET status = 'done', decision = ?, decision_reason = ?, decided_by = ?, done_on = ? WHERE id = ?").run(d.decision, d.reason, d.by, d.on, id);
}

/** Every party record in the partner's cases, with its case: what the finder searches. */
export interface PartyRecord {
  partyId: number;
  caseId: number;
  caseRef: string;
  role: string;
  name: string;
  otherNames: string;
  anonymous: number;
  dateOfBirth: string | null;
  address: string;
  postcode: string;
  restricted: number;
}

export function partyRecordsOf(db: ReadableDB, partner: string): PartyRecord[] {
  return db
    .prepare(
      `SELECT p.id AS partyId, c.id AS caseId, c.ref AS caseRef, p.role, p.name, p.other_names AS otherNames, p.anonymous, p.date_of_birth AS dateOfBirth, p.address, p.postcode, c.restricted
       FROM parties p JOIN cases c ON c.id = p.case_id WHERE c.partner = ? ORDER BY c.id, p.id`,
    )
    .all(partner) as PartyRecord[];
}

export interface StoredExemption {
  exemption: Exemption;
  reason: string;
}

export function exemptionsOf(db: ReadableDB, requestId: number): Map<string, StoredExemption> {
  const rows = db.prepare('SELECT item_key AS key, exemption, reason FROM sar_exemptions WHERE request_id = ?').all(requestId) as (StoredExemption & { key: string })[];
  return new Map(rows.map(({ key, ...e }) => [key, e]));
}

export function setExemption(db: WritableDB, requestId: number, key: string, e: StoredExemption | null, by: number, at: string): void {
  if (!e) {
    db.prepare('DELETE FROM sar_exemptions WHERE request_id = ? AND item_key = ?').run(requestId, key);
    return;
  }
  db.prepare(
    `INSERT INTO sar_exemptions (request_id, item_key, exemption, reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (request_id, item_key) DO UPDATE SET exemption = excluded.exemption, reason = excluded.reason, decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
  ).run(requestId, key, e.exemption, e.reason, by, at);
}

export function insertPack(db: WritableDB, p: { requestId: number; sha256: string; pages: number; items: number; data: Uint8Array; by: number; at: string }): number {
  return Number(
    db
      .prepare('INSERT INTO sar_packs (request_id, sha256, pages, items, data, made_by, made_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(p.requestId, p.sha256, p.pages, p.items, Buffer.from(p.data.buffer, p.data.byteOffset, p.data.byteLength), p.by, p.at).lastInsertRowid,
  );
}

/** The cases these party records are on, oldest first. */
export function caseIdsOfParties(db: ReadableDB, partyIds: readonly number[]): number[] {
  if (!partyIds.length) return [];
  return (db.prepare(`SELECT DISTINCT case_id AS id FROM parties WHERE id IN (${partyIds.map(() => '?').join(', ')}) ORDER BY case_id`).all(...partyIds) as { id: number }[]).map((x) => x.id);
}
