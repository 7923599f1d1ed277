import type { ClosureView } from '../../../../shared/schemas/actions';
import type { ReadableDB, WritableDB } from '../../connection';

/**
 * The closure tables (migration 0004): closures, appeals, surveys. The rules of closing a case (what must
 * be recorded first, the appeal window) are main/actions/closure.ts; each function here is one step of
 * it, run in the caller's transaction. Steps that also move the case's status write both rows together.
 */
export interface ClosureRow {
  id: number;
  outcome: string;
  reason: string;
  proposed_at: string;
  proposed_by_name: string;
  discussed_at: string | null;
  discussion: string | null;
  not_possible_reason: string | null;
  appeal_offered_on: string | null;
  appeal_window_ends_on: string | null;
  closed_at: string | null;
}

/** The case's closure proposal that has not been withdrawn (the latest), closed or not. */
export function currentClosure(db: ReadableDB, caseId: number): ClosureRow | null {
  return (
    (db
      .prepare(
        `SELECT k.*, u.display_name AS proposed_by_name FROM closures k JOIN users u ON u.id = k.proposed_by
         WHERE k.case_id = ? AND k.withdrawn_at IS NULL ORDER BY k.id DESC LIMIT 1`,
      )
      .get(caseId) as ClosureRow | undefined) ?? null
  );
}

export function insertClosureProposal(db: WritableDB, caseId: number, p: { outcome: string; reason: string }, by: number, at: string): void {
  db.prepare('INSERT INTO closures (case_id, outcome, reason, proposed_by, proposed_at) VALUES (?, ?, ?, ?, ?)').run(caseId, p.outcome, p.reason, by, at);
  db.prepare("UPDATE cases SET status = 'closure-proposed' WHERE id = ?").run(caseId);
}

export function withdrawClosureProposal(db: WritableDB, caseId: number, closureId: number, at: string): void {
  db.prepare('UPDATE closures SET withdrawn_at = ? WHERE id = ?').run(at, closureId);
  db.prepare("UPDATE cases SET status = 'open' WHERE id = ?").run(caseId);
}

export function setClosureDiscussion(db: WritableDB, closureId: number, d: { at: string; summary: string; notPossibleReason: string | null }): void {
  db.prepare('UPDATE closures SET discussed_at = ?, discussion = ?, not_possible_reason = ? WHERE id = ?').run(d.at, d.summary, d.notPossibleReason, closureId);
}

export function setAppealOffer(db: WritableDB, closureId: number, offeredOn: string, windowEndsOn: string): void {
  db.prepare('UPDATE closures SET appeal_offered_on = ?, appeal_window_ends_on = ? WHERE id = ?').run(offeredOn, windowEndsOn, closureId);
}

export function closeClosure(db: WritableDB, caseId: number, closureId: number, at: string, by: number): void {
  db.prepare('UPDATE closures SET closed_at = ?, closed_by = ? WHERE id = ?').run(at, by, closureId);
  db.prepare("UPDATE cases SET status = 'closed', closed_at = ? WHERE id = ?").run(at, caseId);
}

export function hasUndecidedAppeal(db: ReadableDB, closureId: number): boolean {
  return db.prepare('SELECT 1 FROM appeals WHERE closure_id = ? AND decision IS NULL').get(closureId) !== undefined;
}

export function insertAppeal(db: WritableDB, caseId: number, closureId: number, a: { lodgedOn: string; grounds: string }): number {
  return Number(db.prepare('INSERT INTO appeals (case_id, closure_id, lodged_on, grounds) VALUES (?, ?, ?, ?)').run(caseId, closureId, a.lodgedOn, a.grounds).lastInsertRowid);
}

/** The case's latest appeal still waiting for a decision, if any. */
export function undecidedAppealId(db: ReadableDB, caseId: number): number | null {
  const row = db.prepare('SELECT id FROM appeals WHERE case_id = ? AND decision IS NULL ORDER BY id DESC LIMIT 1').get(caseId) as { id: number } | undefined;
  return row?.id ?? null;
}

/** Records the decision; an appeal upheld ("reopen") reopens the case. */
export function decideAppealRow(db: WritableDB, caseId: number, appealId: number, d: { decision: 'reopen' | 'uphold'; reasons: string }, by: number, at: string): void {
  db.prepare('UPDATE appeals SET decision = ?, reasons = ?, decided_by = ?, decided_at = ? WHERE id = ?').run(d.decision, d.reasons, by, at, appealId);
  if (d.decision === 'reopen') db.prepare("UPDATE cases SET status = 'open', closed_at = NULL WHERE id = ?").run(caseId);
}

export function insertSurvey(db: WritableDB, caseId: number, s: { offeredOn: string; completedOn: string | null; satisfaction: number | null; comments: string; outcomeSatisfaction?: number | null }, by: number, at: string): number {
  return Number(
    db
      .prepare('INSERT INTO surveys (case_id, offered_on, completed_on, satisfaction, comments, recorded_by, recorded_at, outcome_satisfaction) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(caseId, s.offeredOn, s.completedOn, s.satisfaction, s.comments, by, at, s.outcomeSatisfaction ?? null).lastInsertRowid,
  );
}

export function listAppeals(db: ReadableDB, caseId: number): ClosureView['appeals'] {
  return db
    .prepare('SELECT id, lodged_on AS lodgedOn, grounds, decision, reasons, decided_at AS decidedAt FROM appeals WHERE case_id = ? ORDER BY id')
    .all(caseId) as ClosureView['appeals'];
}

export function listSurveys(db: ReadableDB, caseId: number): ClosureView['surveys'] {
  return db.prepare('SELECT id, offered_on AS offeredOn, completed_on AS completedOn, satisfaction, comments, outcome_satisfaction AS outcomeSatisfaction FROM surveys WHERE case_id = ? ORDER BY id').all(caseId) as ClosureView['surveys'];
}
