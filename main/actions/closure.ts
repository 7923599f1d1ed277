import { AppError } from '../../shared/result';
import type { ClosureView } from '../../shared/schemas/actions';
import { addWorkingDays } from '../../shared/standards/calendar';
import type { DB } from '../db/connection';
import { insertContact } from '../db/queries/timeline';
import { getProfile } from '../standards/profiles';

/**
 * Closing a case (P6.2): "If we feel a case should be closed, discuss this with the complainant and give
 * them an opportunity to appeal." A proposal is recorded; the discussion with the complainant and the
 * offer of an appeal are each recorded; only then can the case close. An appeal within the profile's
 * window reopens the case or is upheld with reasons.
 */
interface ClosureRow {
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

function currentClosure(db: DB, caseId: number): ClosureRow | null {
  return (
    (db
      .prepare(
        `SELECT k.*, u.display_name AS proposed_by_name FROM closures k JOIN users u ON u.id = k.proposed_by
         WHERE k.case_id = ? AND k.withdrawn_at IS NULL ORDER BY k.id DESC LIMIT 1`,
      )
      .get(caseId) as ClosureRow | undefined) ?? null
  );
}

const statusOf = (db: DB, caseId: number) => (db.prepare('SELECT status FROM cases WHERE id = ?').get(caseId) as { status: ClosureView['status'] }).status;

export function missingForClosure(k: ClosureRow | null): string[] {
  if (!k) return ['Propose the closure first, with the outcome and the reason.'];
  const missing: string[] = [];
  if (!k.discussed_at) missing.push('Record the discussion of the closure with the complainant (P6.2).');
  if (!k.appeal_offered_on) missing.push('Record that the complainant was offered the chance to appeal (P6.2).');
  return missing;
}

export function proposeClosure(db: DB, caseId: number, p: { outcome: string; reason: string }, by: number, at: string): void {
  const status = statusOf(db, caseId);
  if (status === 'closed') throw new AppError('conflict', 'The case is already closed.');
  if (status === 'closure-proposed') throw new AppError('conflict', 'Closure is already proposed for this case.');
  db.prepare('INSERT INTO closures (case_id, outcome, reason, proposed_by, proposed_at) VALUES (?, ?, ?, ?, ?)').run(caseId, p.outcome, p.reason, by, at);
  db.prepare("UPDATE cases SET status = 'closure-proposed' WHERE id = ?").run(caseId);
}

export function withdrawProposal(db: DB, caseId: number, at: string): void {
  const k = currentClosure(db, caseId);
  if (!k || k.closed_at || statusOf(db, caseId) !== 'closure-proposed') throw new AppError('conflict', 'There is no closure proposal to withdraw.');
  db.prepare('UPDATE closures SET withdrawn_at = ? WHERE id = ?').run(at, k.id);
  db.prepare("UPDATE cases SET status = 'open' WHERE id = ?").run(caseId);
}

function proposalFor(db: DB, caseId: number): ClosureRow {
  const k = currentClosure(db, caseId);
  if (!k || statusOf(db, caseId) !== 'closure-proposed') throw new AppError('conflict', 'Propose the closure first.');
  return k;
}

/** The discussion is a contact with the complainant (so it is in the chronology and counts as contact). */
export function recordDiscussion(
  db: DB,
  caseId: number,
  d: { at: string; kind: string; summary: string; notPossibleReason: string | null },
  by: number,
  recordedAt: string,
): void {
  const k = proposalFor(db, caseId);
  const complainant = db.prepare("SELECT id FROM parties WHERE case_id = ? AND role IN ('complainant', 'victim') AND anonymous = 0 ORDER BY id LIMIT 1").get(caseId) as { id: number } | undefined;
  if (!complainant && !d.notPossibleReason) {
    throw new AppError('bad-input', 'There is no named complainant on this case. Say why the closure could not be discussed with anyone.');
  }
  if (complainant && d.notPossibleReason) throw new AppError('bad-input', 'The complainant is known: record the discussion with them.');
  insertContact(db, { caseId, at: d.at, kind: d.kind, direction: 'out', partyId: complainant?.id ?? null, summary: `Closure discussed: ${d.summary}`, officerId: by, recordedAt });
  db.prepare('UPDATE closures SET discussed_at = ?, discussion = ?, not_possible_reason = ? WHERE id = ?').run(d.at, d.summary, d.notPossibleReason, k.id);
}

export function offerAppeal(db: DB, caseId: number, offeredOn: string): string {
  const k = proposalFor(db, caseId);
  const c = db.prepare('SELECT profile_id, profile_version FROM cases WHERE id = ?').get(caseId) as { profile_id: string; profile_version: number };
  const days = getProfile(db, c.profile_id, c.profile_version).settings.appealWindowWorkingDays;
  const ends = addWorkingDays(offeredOn, days);
  db.prepare('UPDATE closures SET appeal_offered_on = ?, appeal_window_ends_on = ? WHERE id = ?').run(offeredOn, ends, k.id);
  return ends;
}

export function closeCase(db: DB, caseId: number, at: string, by: number): void {
  const k = proposalFor(db, caseId);
  const missing = missingForClosure(k);
  if (missing.length) throw new AppError('guard', missing.join(' '));
  db.prepare('UPDATE closures SET closed_at = ?, closed_by = ? WHERE id = ?').run(at, by, k.id);
  db.prepare("UPDATE cases SET status = 'closed', closed_at = ? WHERE id = ?").run(at, caseId);
}

export function lodgeAppeal(db: DB, caseId: number, a: { lodgedOn: string; grounds: string }): number {
  const k = currentClosure(db, caseId);
  if (!k?.closed_at || statusOf(db, caseId) !== 'closed') throw new AppError('conflict', 'Only a closed case can be appealed.');
  if (a.lodgedOn < k.closed_at.slice(0, 10)) throw new AppError('bad-input', 'An appeal cannot be lodged before the case was closed.');
  if (k.appeal_window_ends_on && a.lodgedOn > k.appeal_window_ends_on) {
    throw new AppError('bad-input', `The appeal window ended on ${k.appeal_window_ends_on}. A late appeal needs a manager to reopen the case instead.`);
  }
  const pending = db.prepare('SELECT 1 FROM appeals WHERE closure_id = ? AND decision IS NULL').get(k.id);
  if (pending) throw new AppError('conflict', 'An appeal is already waiting for a decision.');
  return Number(db.prepare('INSERT INTO appeals (case_id, closure_id, lodged_on, grounds) VALUES (?, ?, ?, ?)').run(caseId, k.id, a.lodgedOn, a.grounds).lastInsertRowid);
}

export function decideAppeal(db: DB, caseId: number, d: { decision: 'reopen' | 'uphold'; reasons: string }, by: number, at: string): void {
  const appeal = db.prepare('SELECT id FROM appeals WHERE case_id = ? AND decision IS NULL ORDER BY id DESC LIMIT 1').get(caseId) as { id: number } | undefined;
  if (!appeal) throw new AppError('conflict', 'There is no appeal waiting for a decision.');
  db.prepare('UPDATE appeals SET decision = ?, reasons = ?, decided_by = ?, decided_at = ? WHERE id = ?').run(d.decision, d.reasons, by, at, appeal.id);
  if (d.decision === 'reopen') db.prepare("UPDATE cases SET status = 'open', closed_at = NULL WHERE id = ?").run(caseId);
}

export function recordSurvey(db: DB, caseId: number, s: { offeredOn: string; completedOn: string | null; satisfaction: number | null; comments: string }, by: number, at: string): number {
  if (s.completedOn && s.completedOn < s.offeredOn) throw new AppError('bad-input', 'The survey cannot be completed before it was offered.');
  if (s.satisfaction !== null && !s.completedOn) throw new AppError('bad-input', 'Give the date the survey was completed with the satisfaction score.');
  return Number(
    db
      .prepare('INSERT INTO surveys (case_id, offered_on, completed_on, satisfaction, comments, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(caseId, s.offeredOn, s.completedOn, s.satisfaction, s.comments, by, at).lastInsertRowid,
  );
}

export function loadClosure(db: DB, caseId: number): ClosureView {
  const k = currentClosure(db, caseId);
  const status = statusOf(db, caseId);
  const appeals = db
    .prepare('SELECT id, lodged_on AS lodgedOn, grounds, decision, reasons, decided_at AS decidedAt FROM appeals WHERE case_id = ? ORDER BY id')
    .all(caseId) as ClosureView['appeals'];
  const surveys = db.prepare('SELECT id, offered_on AS offeredOn, completed_on AS completedOn, satisfaction, comments FROM surveys WHERE case_id = ? ORDER BY id').all(caseId) as ClosureView['surveys'];
  return {
    status,
    proposal: k ? { outcome: k.outcome, reason: k.reason, proposedAt: k.proposed_at, proposedBy: k.proposed_by_name } : null,
    discussion: k?.discussed_at ? { at: k.discussed_at, summary: k.discussion ?? '', notPossibleReason: k.not_possible_reason } : null,
    appealOfferedOn: k?.appeal_offered_on ?? null,
    appealWindowEndsOn: k?.appeal_window_ends_on ?? null,
    closedAt: status === 'closed' ? (k?.closed_at ?? null) : null,
    appeals,
    surveys,
    missing: status === 'closure-proposed' ? missingForClosure(k) : [],
  };
}
