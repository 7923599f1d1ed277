import { LAWFUL_BASIS } from '../../shared/schemas/disclosures';
import type { WritableDB } from '../db/connection';
import type { EventOf } from '../events/bus';
import { partyIdsOfCase } from '../db/queries/parties';
import { insertDisclosure, letterFacts } from './store';

/**
 * The disclosure log's subscribers (wired in main/subscribers.ts). A letter counts when it is recorded as
 * *sent*, not when it is made: a made letter has reached nobody (issue 17's rule for deadlines holds here
 * too). A letter is about the person it is addressed to; one to an agency, the court or an area is about
 * everyone on the case.
 */
export function logLetterSent(db: WritableDB, e: EventOf<'document-sent'>): void {
  const doc = letterFacts(db, e.documentId);
  if (!doc) return;
  insertDisclosure(db, {
    kind: 'letter',
    what: doc.title,
    caseId: e.caseId,
    source: `document:${e.documentId}`,
    partyIds: doc.recipientPartyId !== null ? [doc.recipientPartyId] : partyIdsOfCase(db, e.caseId),
    recipient: doc.recipient,
    lawfulBasis: LAWFUL_BASIS.letter,
    approvedBy: e.userId,
    at: e.at,
  });
}

/** Anything else that left: the feature that let it out has said what, to whom and why. */
export function logDisclosed(db: WritableDB, e: EventOf<'information-disclosed'>): void {
  insertDisclosure(db, { kind: e.what, what: e.title, caseId: e.caseId, source: e.source, partyIds: e.partyIds, recipient: e.recipient, lawfulBasis: e.lawfulBasis, approvedBy: e.approvedBy, at: e.at });
}
