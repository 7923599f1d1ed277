import type { PoliceRequestView } from '../../shared/schemas/police-requests';
import type { ReadableDB, WritableDB } from '../db/connection';

/** A police request as recorded (migrations 0026, 0032): answered with a pack (its SHA-256), or refused (none). */
export interface PoliceRequestRow {
  caseId: number;
  force: string;
  officer: string;
  reference: string;
  lawfulBasis: PoliceRequestView['lawfulBasis'];
  purpose: string;
  receivedOn: string;
  decision: PoliceRequestView['decision'];
  reason: string;
  evidenceIds: readonly number[];
  sha256: string | null;
  by: number;
  at: string;
}

export function insertPoliceRequest(db: WritableDB, r: PoliceRequestRow): number {
  return Number(
    db
      .prepare(
        `INSERT INTO police_requests (case_id, force, officer, reference, lawful_basis, purpose, received_on, decision, decision_reason, evidence_ids, sha256, approved_by, made_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(r.caseId, r.force, r.officer, r.reference, r.lawfulBasis, r.purpose, r.receivedOn, r.decision, r.reason, JSON.stringify(r.evidenceIds), r.sha256, r.by, r.at).lastInsertRowid,
  );
}

export function listPoliceRequests(db: ReadableDB, caseId: number): PoliceRequestView[] {
  return db
    .prepare(
      `SELECT p.id, p.force, p.officer, p.reference, p.lawful_basis AS lawfulBasis, p.purpose, p.received_on AS receivedOn, p.decision, p.decision_reason AS reason,
              json_array_length(p.evidence_ids) AS exhibits, u.display_name AS approvedBy, p.made_at AS madeAt
       FROM police_requests p JOIN users u ON u.id = p.approved_by WHERE p.case_id = ? ORDER BY p.made_at DESC, p.id DESC`,
    )
    .all(caseId) as PoliceRequestView[];
}
