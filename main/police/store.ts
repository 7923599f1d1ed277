import type { PolicePackInput } from '../../shared/schemas/police-requests';
import type { WritableDB } from '../db/connection';

/** A police request answered with an evidence pack (migration 0024). */
export function insertPoliceRequest(db: WritableDB, r: PolicePackInput & { sha256: string; by: number; at: string }): number {
  return Number(
    db
      .prepare(
        `INSERT INTO police_requests (case_id, force, officer, reference, lawful_basis, purpose, evidence_ids, sha256, approved_by, made_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(r.caseId, r.force, r.officer, r.reference, r.lawfulBasis, r.purpose, JSON.stringify(r.evidenceIds), r.sha256, r.by, r.at).lastInsertRowid,
  );
}
