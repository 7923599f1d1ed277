import type { DecisionKind } from '../../shared/schemas/redaction-review';
import type { ReadableDB, WritableDB } from '../db/connection';
import { hasTable } from '../db/queries/meta';

/** A stored decision of the redaction review (migrations 0021, 0024), by key. */
export interface StoredDecision {
  kind: DecisionKind;
  text: string | null;
  decidedBy: string;
  decidedAt: string;
}

/** A decision with the review it belongs to and where its passage was (for saying it no longer applies). */
export interface TargetedDecision extends StoredDecision {
  key: string;
  target: string;
  place: string | null;
}

/** The review a bundle's decisions belong to (every plan of the case's bundles shares them). */
export const BUNDLE_TARGET = 'bundle';

export function decisionsOfCase(db: ReadableDB, caseId: number): Map<string, StoredDecision> {
  return new Map(targetedDecisions(db, caseId).map(({ key, kind, text, decidedBy, decidedAt }) => [key, { kind, text, decidedBy, decidedAt }]));
}

export function targetedDecisions(db: ReadableDB, caseId: number): TargetedDecision[] {
  if (!hasTable(db, 'redaction_decisions')) return [];
  return db
    .prepare(
      `SELECT d.key, d.kind, d.text, u.display_name AS decidedBy, d.decided_at AS decidedAt, d.target, d.place
       FROM redaction_decisions d JOIN users u ON u.id = d.decided_by WHERE d.case_id = ? ORDER BY d.decided_at, d.key`,
    )
    .all(caseId) as TargetedDecision[];
}

/** Takes back a decision (a reword, once a detail of its sentence is decided on its own again). */
export function dropDecision(db: WritableDB, caseId: number, key: string): void {
  if (hasTable(db, 'redaction_decisions')) db.prepare('DELETE FROM redaction_decisions WHERE case_id = ? AND key = ?').run(caseId, key);
}

/** Records (or replaces) the decision on one finding or passage. */
export function saveDecision(db: WritableDB, d: { caseId: number; key: string; kind: DecisionKind; text: string | null; partyId: number | null; by: number; at: string; target?: string; place?: string | null }): void {
  db.prepare(
    `INSERT INTO redaction_decisions (case_id, key, kind, text, party_id, decided_by, decided_at, target, place) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (case_id, key) DO UPDATE SET kind = excluded.kind, text = excluded.text, party_id = excluded.party_id,
       decided_by = excluded.decided_by, decided_at = excluded.decided_at, target = excluded.target, place = excluded.place`,
  ).run(d.caseId, d.key, d.kind, d.text, d.partyId, d.by, d.at, d.target ?? BUNDLE_TARGET, d.place ?? null);
}

/** Clears decisions that no longer apply (their passages are gone from the text they were made on). */
export function clearDecisions(db: WritableDB, caseId: number, keys: readonly string[]): void {
  const del = db.prepare('DELETE FROM redaction_decisions WHERE case_id = ? AND key = ?');
  for (const key of keys) del.run(caseId, key);
}

/** When the case's record last changed (every change through case-write.ts touches it): the review cache's version. */
export function caseUpdatedAt(db: ReadableDB, caseId: number): string {
  const row = db.prepare('SELECT updated_at AS at FROM cases WHERE id = ?').get(caseId) as { at: string } | undefined;
  return row?.at ?? '';
}
