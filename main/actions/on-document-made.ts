import type { WritableDB } from '../db/connection';
import type { DocumentSent } from '../events/bus';
import { loadClosure, offerAppeal, recordSurvey } from './closure';

/**
 * What closure records when a letter serves one of its steps (P6.2; wired in main/subscribers.ts), in
 * the transaction that stores the letter.
 */

/** The closure letter offers the appeal, when closure is proposed and no offer is recorded yet. */
export function offerAppealByLetter(db: WritableDB, e: DocumentSent): void {
  const closure = loadClosure(db, e.caseId);
  if (closure.status === 'closure-proposed' && !closure.appealOfferedOn) offerAppeal(db, e.caseId, e.sentOn);
}

/** The survey letter offers the feedback survey, once per closure: not when one was offered since it closed. */
export function offerSurveyByLetter(db: WritableDB, e: DocumentSent): void {
  const closure = loadClosure(db, e.caseId);
  const closedOn = closure.closedAt?.slice(0, 10) ?? '';
  if (closure.status !== 'closed' || closure.surveys.some((s) => s.offeredOn >= closedOn)) return;
  recordSurvey(db, e.caseId, { offeredOn: e.sentOn, completedOn: null, satisfaction: null, comments: `Survey letter (document ${e.documentId}).` }, e.userId, e.recordedAt);
}
