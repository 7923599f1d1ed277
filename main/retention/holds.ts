import { AppError } from '../../shared/result';
import type { WritableDB } from '../db/connection';
import { caseRetentionRow, disposalOf, holdById, insertHold, insertKeep, liftHold, partyCase } from './store';

/**
 * Legal holds (issue 21 item 2): on a case, or on a person in it (which covers every case where that person
 * appears under the same name and date of birth). Placed and lifted by a manager, each with a reason; while
 * one is live nothing it covers can be disposed of. The reason stays in the holds table, never the audit log.
 */
export function placeHold(db: WritableDB, h: { caseId: number; partyId: number | null; kind: string; reason: string }, by: number, now: Date): number {
  if (!caseRetentionRow(db, h.caseId)) throw new AppError('not-found', 'There is no such case.');
  if (disposalOf(db, h.caseId)) throw new AppError('guard', 'This case has already been disposed of: there is nothing left to hold.');
  if (h.partyId !== null && partyCase(db, h.partyId) !== h.caseId) throw new AppError('bad-input', 'That person is not a party to this case. Choose someone from the case’s parties.');
  return insertHold(db, { caseId: h.partyId === null ? h.caseId : null, partyId: h.partyId, kind: h.kind, reason: h.reason.trim() }, by, now.toISOString());
}

export function removeHold(db: WritableDB, caseId: number, id: number, reason: string, by: number, now: Date): void {
  const hold = holdById(db, id);
  if (!hold || hold.ofCase !== caseId) throw new AppError('not-found', 'There is no such hold on this case.');
  if (hold.liftedAt) throw new AppError('conflict', 'This hold has already been lifted.');
  if (!liftHold(db, id, reason.trim(), by, now.toISOString())) throw new AppError('conflict', 'This hold has already been lifted.');
}

/** Keeps a case past its date, with a reason and the day it is reviewed again (which must be in the future). */
export function keepCase(db: WritableDB, caseId: number, reason: string, reviewOn: string, by: number, now: Date): number {
  if (!caseRetentionRow(db, caseId)) throw new AppError('not-found', 'There is no such case.');
  if (reviewOn <= now.toISOString().slice(0, 10)) throw new AppError('bad-input', 'The next review date must be after today.');
  return insertKeep(db, caseId, reason.trim(), reviewOn, by, now.toISOString());
}
