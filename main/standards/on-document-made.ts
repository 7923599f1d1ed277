import type { WritableDB } from '../db/connection';
import type { DocumentSent } from '../events/bus';
import { markPlanIssued } from './plans';
import { hasStandardFact, insertStandardFact, latestAgreedPlan } from './store';

/**
 * What the deadlines feature records when a document serves one of its rules (wired in main/subscribers.ts).
 * Each runs in the transaction that records the document as sent; the recompute that follows sees it.
 */

/** An acknowledgement letter sent is the "acknowledged" fact (P4.6); only the first one is recorded (one returned as undelivered does not count). */
export function recordAcknowledgement(db: WritableDB, e: DocumentSent): void {
  if (hasStandardFact(db, e.caseId, 'acknowledged')) return;
  const note = `Acknowledgement letter (document ${e.documentId}), naming ${e.officerName} and the next contact by ${e.nextContact}.`;
  insertStandardFact(db, { caseId: e.caseId, kind: 'acknowledged', at: e.at, note, by: e.userId, recordedAt: e.recordedAt, documentId: e.documentId });
}

/** The action-plan letter issues the latest agreed plan (P4.11), unless that version was already sent. */
export function issueAgreedPlan(db: WritableDB, e: DocumentSent): void {
  const plan = latestAgreedPlan(db, e.caseId);
  if (plan && !plan.issuedAt) markPlanIssued(db, e.caseId, plan.id, e.at);
}
