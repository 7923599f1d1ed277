import type { ReadableDB, WritableDB } from '../connection';
import { parseList, toList } from './json-column';

/**
 * The things that happen on a case over time (DESIGN §3). Each insert returns the new row's id; the
 * chronology (chronology.ts) reads them all back in one time-ordered view.
 */
export function insertIncident(
  db: WritableDB,
  i: { caseId: number; occurredAt: string; occurredTimeKnown: boolean; reportedAt: string | null; description: string; acts: string[]; location: string; reportedBy: number | null; recordedBy: number; at: string },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO incidents (case_id, occurred_at, occurred_time_known, reported_at, description, acts, location, reported_by, recorded_by, recorded_at)
         VALUES (@caseId, @occurredAt, @occurredTimeKnown, @reportedAt, @description, @acts, @location, @reportedBy, @recordedBy, @at)`,
      )
      .run({ ...i, occurredTimeKnown: i.occurredTimeKnown ? 1 : 0, acts: toList(i.acts) }).lastInsertRowid,
  );
}

export function insertContact(
  db: WritableDB,
  c: { caseId: number; at: string; kind: string; direction: 'in' | 'out'; partyId: number | null; summary: string; officerId: number; recordedAt: string; documentId?: number | null },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO contacts (case_id, at, kind, direction, party_id, summary, officer_id, recorded_at, document_id)
         VALUES (@caseId, @at, @kind, @direction, @partyId, @summary, @officerId, @recordedAt, @documentId)`,
      )
      .run({ ...c, documentId: c.documentId ?? null }).lastInsertRowid,
  );
}

export function insertInterview(db: WritableDB, i: { caseId: number; at: string; partyId: number | null; summary: string; officerId: number; recordedAt: string }): number {
  return Number(
    db
      .prepare('INSERT INTO interviews (case_id, at, party_id, summary, officer_id, recorded_at) VALUES (@caseId, @at, @partyId, @summary, @officerId, @recordedAt)')
      .run(i).lastInsertRowid,
  );
}

export interface ReferralRow {
  id: number;
  at: string;
  agency: string;
  agencyName: string;
  partyId: number | null;
  supportOffered: string;
  consentId: number | null;
  justification: string | null;
}

export function insertReferral(db: WritableDB, r: Omit<ReferralRow, 'id'> & { caseId: number; outcome: string; recordedBy: number; recordedAt: string }): number {
  return Number(
    db
      .prepare(
        `INSERT INTO referrals (case_id, at, agency, agency_name, party_id, support_offered, consent_id, justification, outcome, recorded_by, recorded_at)
         VALUES (@caseId, @at, @agency, @agencyName, @partyId, @supportOffered, @consentId, @justification, @outcome, @recordedBy, @recordedAt)`,
      )
      .run(r).lastInsertRowid,
  );
}

export function insertCost(
  db: WritableDB,
  c: { caseId: number; incurredOn: string; kind: string; amountPence: number; description: string; actionId: number | null; recordedBy: number; recordedAt: string },
): number {
  return Number(
    db
      .prepare(
        `INSERT INTO costs (case_id, incurred_on, kind, amount_pence, description, action_id, recorded_by, recorded_at)
         VALUES (@caseId, @incurredOn, @kind, @amountPence, @description, @actionId, @recordedBy, @recordedAt)`,
      )
      .run(c).lastInsertRowid,
  );
}

export function insertNote(db: WritableDB, n: { caseId: number; at: string; text: string; authorId: number }): number {
  return Number(db.prepare('INSERT INTO notes (case_id, at, text, author_id) VALUES (@caseId, @at, @text, @authorId)').run(n).lastInsertRowid);
}

export interface IncidentRow {
  id: number;
  occurredAt: string;
  description: string;
  acts: string[];
  location: string;
  reportedBy: number | null;
  /** When the Claimant was told; null when that was not recorded. */
  reportedAt: string | null;
}

/** A case's incidents in the order they happened. */
export function listIncidents(db: ReadableDB, caseId: number): IncidentRow[] {
  const rows = db.prepare('SELECT id, occurred_at, reported_at, description, acts, location, reported_by FROM incidents WHERE case_id = ? ORDER BY occurred_at, id').all(caseId) as {
    id: number;
    occurred_at: string;
    reported_at: string | null;
    description: string;
    acts: string;
    location: string;
    reported_by: number | null;
  }[];
  return rows.map((r) => ({ id: r.id, occurredAt: r.occurred_at, reportedAt: r.reported_at, description: r.description, acts: parseList(r.acts), location: r.location, reportedBy: r.reported_by }));
}

export function countIncidents(db: ReadableDB, caseId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM incidents WHERE case_id = ?').get(caseId) as { n: number }).n;
}

/** A case's referrals to other agencies, oldest first. */
export function listReferrals(db: ReadableDB, caseId: number): ReferralRow[] {
  return db
    .prepare(
      `SELECT id, at, agency, agency_name AS agencyName, party_id AS partyId, support_offered AS supportOffered, consent_id AS consentId, justification
       FROM referrals WHERE case_id = ? ORDER BY at, id`,
    )
    .all(caseId) as ReferralRow[];
}
