import { AppError } from '../../shared/result';
import type { ClosureView } from '../../shared/schemas/actions';
import { addWorkingDays } from '../../shared/standards/calendar';
import type { ReadableDB, WritableDB } from '../db/connection';
import { caseStatus } from '../db/queries/cases';
import { firstPartyIn } from '../db/queries/parties';
import { insertContact } from '../db/queries/timeline';
import { profileOfCase } from '../standards/profiles';
import {
  type ClosureRow,
  closeClosure,
  currentClosure,
  decideAppealRow,
  hasUndecidedAppeal,
  insertAppeal,
  insertClosureProposal,
  insertSurvey,
  listAppeals,
  listSurveys,
  setAppealOffer,
  setClosureDiscussion,
  undecidedAppealId,
  withdrawClosureProposal,
} from './store';

/**
 * Closing a case (P6.2): "If we feel a case should be closed, discuss this with the complainant and give
 * them an opportunity to appeal." A proposal is recorded; the discussion with the complainant and the
 * offer of an appeal are each recorded; only then can the case close. An appeal within the profile's
 * window reopens the case or is upheld with reasons.
 */
export function missingForClosure(k: ClosureRow | null): string[] {
  if (!k) return ['Propose the closure first, with the outcome and the reason.'];
  const missing: string[] = [];
  if (!k.discussed_at) missing.push('Record the discussion of the closure with the complainant (P6.2).');
  if (!k.appeal_offered_on) missing.push('Record that the complainant was offered the chance to appeal (P6.2).');
  return missing;
}

export function proposeClosure(db: WritableDB, caseId: number, p: { outcome: string; reason: string }, by: number, at: string): void {
  const status = caseStatus(db, caseId);
  if (status === 'closed') throw new AppError('conflict', 'The case is already closed.');
  if (status === 'closure-proposed') throw new AppError('conflict', 'Closure is already proposed for this case.');
  insertClosureProposal(db, caseId, p, by, at);
}

export function withdrawProposal(db: WritableDB, caseId: number, at: string): void {
  const k = currentClosure(db, caseId);
  if (!k || k.closed_at || caseStatus(db, caseId) !== 'closure-proposed') throw new AppError('conflict', 'There is no closure proposal to withdraw.');
  withdrawClosureProposal(db, caseId, k.id, at);
}

function proposalFor(db: ReadableDB, caseId: number): ClosureRow {
  const k = currentClosure(db, caseId);
  if (!k || caseStatus(db, caseId) !== 'closure-proposed') throw new AppError('conflict', 'Propose the closure first.');
  return k;
}

/** The discussion is a contact with the complainant (so it is in the chronology and counts as contact). */
export function recordDiscussion(
  db: WritableDB,
  caseId: number,
  d: { at: string; kind: string; summary: string; notPossibleReason: string | null },
  by: number,
  recordedAt: string,
): void {
  const k = proposalFor(db, caseId);
  const complainant = firstPartyIn(db, caseId, ['complainant', 'victim'], { named: true });
  if (complainant === null && !d.notPossibleReason) {
    throw new AppError('bad-input', 'There is no named complainant on this case. Say why the closure could not be discussed with anyone.');
  }
  if (complainant !== null && d.notPossibleReason) throw new AppError('bad-input', 'The complainant is known: record the discussion with them.');
  insertContact(db, { caseId, at: d.at, kind: d.kind, direction: 'out', partyId: complainant, summary: `Closure discussed: ${d.summary}`, officerId: by, recordedAt });
  setClosureDiscussion(db, k.id, d);
}

export function offerAppeal(db: WritableDB, caseId: number, offeredOn: string): string {
  const k = proposalFor(db, caseId);
  const ends = addWorkingDays(offeredOn, profileOfCase(db, caseId).settings.appealWindowWorkingDays);
  setAppealOffer(db, k.id, offeredOn, ends);
  return ends;
}

export function closeCase(db: WritableDB, caseId: number, at: string, by: number): void {
  const k = proposalFor(db, caseId);
  const missing = missingForClosure(k);
  if (missing.length) throw new AppError('guard', missing.join(' '));
  closeClosure(db, caseId, k.id, at, by);
}

export function lodgeAppeal(db: WritableDB, caseId: number, a: { lodgedOn: string; grounds: string }): number {
  const k = currentClosure(db, caseId);
  if (!k?.closed_at || caseStatus(db, caseId) !== 'closed') throw new AppError('conflict', 'Only a closed case can be appealed.');
  if (a.lodgedOn < k.closed_at.slice(0, 10)) throw new AppError('bad-input', 'An appeal cannot be lodged before the case was closed.');
  if (k.appeal_window_ends_on && a.lodgedOn > k.appeal_window_ends_on) {
    throw new AppError('bad-input', `The appeal window ended on ${k.appeal_window_ends_on}. A late appeal needs a manager to reopen the case instead.`);
  }
  if (hasUndecidedAppeal(db, k.id)) throw new AppError('conflict', 'An appeal is already waiting for a decision.');
  return insertAppeal(db, caseId, k.id, a);
}

export function decideAppeal(db: WritableDB, caseId: number, d: { decision: 'reopen' | 'uphold'; reasons: string }, by: number, at: string): void {
  const appealId = undecidedAppealId(db, caseId);
  if (appealId === null) throw new AppError('conflict', 'There is no appeal waiting for a decision.');
  decideAppealRow(db, caseId, appealId, d, by, at);
}

export function recordSurvey(db: WritableDB, caseId: number, s: { offeredOn: string; completedOn: string | null; satisfaction: number | null; comments: string; outcomeSatisfaction?: number | null }, by: number, at: string): number {
  if (s.completedOn && s.completedOn < s.offeredOn) throw new AppError('bad-input', 'The survey cannot be completed before it was offered.');
  if ((s.satisfaction !== null || (s.outcomeSatisfaction ?? null) !== null) && !s.completedOn) throw new AppError('bad-input', 'Give the date the survey was completed with the satisfaction score.');
  return insertSurvey(db, caseId, s, by, at);
}

export function loadClosure(db: ReadableDB, caseId: number): ClosureView {
  const k = currentClosure(db, caseId);
  const status = caseStatus(db, caseId);
  return {
    status,
    proposal: k ? { outcome: k.outcome, reason: k.reason, proposedAt: k.proposed_at, proposedBy: k.proposed_by_name } : null,
    discussion: k?.discussed_at ? { at: k.discussed_at, summary: k.discussion ?? '', notPossibleReason: k.not_possible_reason } : null,
    appealOfferedOn: k?.appeal_offered_on ?? null,
    appealWindowEndsOn: k?.appeal_window_ends_on ?? null,
    closedAt: status === 'closed' ? (k?.closed_at ?? null) : null,
    appeals: listAppeals(db, caseId),
    surveys: listSurveys(db, caseId),
    missing: status === 'closure-proposed' ? missingForClosure(k) : [],
  };
}
