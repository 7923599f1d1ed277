import type { ConsentView } from '../../../shared/schemas/cases';
import type { ConsentRecipient } from '../../../shared/domain/vocabulary';
import type { ReadableDB, WritableDB } from '../connection';

export interface NewConsent {
  partyId: number;
  recipient: ConsentRecipient;
  recipientName: string;
  purpose: string;
  writtenOn: string;
  source: string;
  evidenceId: number | null;
  recordedBy: number;
  at: string;
}

export function insertConsent(db: WritableDB, c: NewConsent): number {
  return Number(
    db
      .prepare(
        `INSERT INTO consents (party_id, recipient, recipient_name, purpose, written_on, source, evidence_id, recorded_by, recorded_at)
         VALUES (@partyId, @recipient, @recipientName, @purpose, @writtenOn, @source, @evidenceId, @recordedBy, @at)`,
      )
      .run(c).lastInsertRowid,
  );
}

export function withdrawConsent(db: WritableDB, id: number, on: string): void {
  db.prepare('UPDATE consents SET withdrawn_on = ? WHERE id = ? AND withdrawn_on IS NULL').run(on, id);
}

interface ConsentRow {
  id: number;
  party_id: number;
  recipient: ConsentRecipient;
  recipient_name: string;
  purpose: string;
  written_on: string;
  source: string;
  evidence_id: number | null;
  withdrawn_on: string | null;
}
const toView = (r: ConsentRow): ConsentView => ({
  id: r.id,
  partyId: r.party_id,
  recipient: r.recipient,
  recipientName: r.recipient_name,
  purpose: r.purpose,
  writtenOn: r.written_on,
  source: r.source,
  evidenceId: r.evidence_id,
  withdrawnOn: r.withdrawn_on,
});

export function listConsents(db: ReadableDB, caseId: number): ConsentView[] {
  return (db.prepare('SELECT c.* FROM consents c JOIN parties p ON p.id = c.party_id WHERE p.case_id = ? ORDER BY c.id').all(caseId) as ConsentRow[]).map(toView);
}

export function getConsent(db: ReadableDB, id: number): (ConsentView & { caseId: number }) | null {
  const r = db.prepare('SELECT c.*, p.case_id FROM consents c JOIN parties p ON p.id = c.party_id WHERE c.id = ?').get(id) as (ConsentRow & { case_id: number }) | undefined;
  return r ? { ...toView(r), caseId: r.case_id } : null;
}

/** The ids of a case's consents in the order they were recorded. */
export function consentIdsOfCase(db: ReadableDB, caseId: number): number[] {
  return (db.prepare('SELECT c.id FROM consents c JOIN parties p ON p.id = c.party_id WHERE p.case_id = ? ORDER BY c.id').all(caseId) as { id: number }[]).map((r) => r.id);
}
