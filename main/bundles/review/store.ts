import type { DecisionKind } from '../../../shared/schemas/redaction-review';
import type { ReadableDB, WritableDB } from '../../db/connection';
import { hasTable } from '../../db/queries/meta';

/** A stored decision of the redaction review (migration 0017), by key. */
export interface StoredDecision {
  kind: DecisionKind;
  text: string | null;
  decidedBy: string;
  decidedAt: string;
}

export function decisionsOfCase(db: ReadableDB, caseId: number): Map<string, StoredDecision> {
  if (!hasTable(db, 'redaction_decisions')) return new Map();
  const rows = db
    .prepare(
      `SELECT d.key, d.kind, d.text, u.display_name AS decidedBy, d.decided_at AS decidedAt
       FROM redaction_decisions d JOIN users u ON u.id = d.decided_by WHERE d.case_id = ?`,
    )
    .all(caseId) as (StoredDecision & { key: string })[];
  return new Map(rows.map(({ key, ...d }) => [key, d]));
}

/** Takes back a decision (a reword, once a detail of its sentence is decided on its own again). */
export function dropDecision(db: WritableDB, caseId: number, key: string): void {
  if (hasTable(db, 'redaction_decisions')) db.prepare('DELETE FROM redaction_decisions WHERE case_id = ? AND key = ?').run(caseId, key);
}

/** Records (or replaces) the decision on one finding or passage. */
export function saveDecision(db: WritableDB, d: { caseId: number; key: string; kind: DecisionKind; text: string | null; partyId: number | null; by: number; at: string }): void {
  db.prepare(
    `INSERT INTO redaction_decisions (case_id, key, kind, text, party_id, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (case_id, key) DO UPDATE SET kind = excluded.kind, text = excluded.text, party_id = excluded.party_id,
       decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
  ).run(d.caseId, d.key, d.kind, d.text, d.partyId, d.by, d.at);
}
