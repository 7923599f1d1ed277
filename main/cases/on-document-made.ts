import type { WritableDB } from '../db/connection';
import { insertContact } from '../db/queries/timeline';
import type { DocumentSent } from '../events/bus';

/**
 * A letter that serves contact with the complainant is a contact on the case's timeline: it is in the
 * chronology and meets the contact rules (wired in main/subscribers.ts), in the transaction that records the letter as sent. Its contact stops counting if the letter comes back (returned post).
 */
export function recordLetterContact(db: WritableDB, e: DocumentSent): void {
  insertContact(db, { caseId: e.caseId, at: e.at, kind: 'letter', direction: 'out', partyId: e.partyId, summary: `Letter: ${e.title} (document ${e.documentId}).`, officerId: e.userId, recordedAt: e.recordedAt, documentId: e.documentId });
}
