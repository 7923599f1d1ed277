import { AppError } from '../../../shared/result';
import type { RecordReturnedInput, RecordSentInput } from '../../../shared/schemas/sending';
import { formatDate, formatDateTime } from '../../../shared/time/format';
import { londonDate } from '../../../shared/time/london';
import type { WritableDB } from '../../db/connection';
import { touchCase } from '../../db/queries/cases';
import { publish } from '../../events/bus';
import type { SessionUser } from '../../security/session';
import { recomputeCase } from '../../standards/recompute';
import { insertReturn, insertSending, sendingState, type SendingState } from './store';

/**
 * Sending a made letter (issue 17 item 10). Making a letter makes it *ready*: it has reached nobody, so it
 * meets no deadline. Recording how and when it went makes it *sent*, and announces what it serves at that
 * time (document-sent, main/subscribers.ts), so the due item is met when the letter went, not when its
 * file was made. Returned post withdraws the facts the letter recorded (the acknowledgement, the contact;
 * see db/queries/standards/facts.ts): the due item is open again, and overdue if its time has passed, so
 * the officer has to reach the person another way. Both records stay in the chronology.
 */

function found(db: WritableDB, id: number): SendingState {
  const state = sendingState(db, id);
  if (!state) throw new AppError('not-found', 'There is no such document.');
  return state;
}

export function recordSent(db: WritableDB, input: RecordSentInput, user: SessionUser, now: Date): SendingState {
  const doc = found(db, input.id);
  if (doc.sentAt) throw new AppError('conflict', `This letter was already recorded as sent on ${formatDateTime(doc.sentAt)}.`);
  const at = new Date(input.at);
  if (at.getTime() > now.getTime()) throw new AppError('bad-input', 'When it was sent is in the future. Enter the date and time it went.');
  // Times are typed to the minute: a letter sent in the minute it was made counts from that minute.
  if (at.getTime() < Math.floor(new Date(doc.createdAt).getTime() / 60_000) * 60_000) throw new AppError('bad-input', `When it was sent is before the letter was made (${formatDateTime(doc.createdAt)}). Enter the date and time it went.`);
  const sentAt = at.toISOString();
  const recordedAt = now.toISOString();
  db.transaction(() => {
    insertSending(db, { documentId: input.id, how: input.how, howDetail: input.how === 'other' ? input.howDetail : '', sentAt, sentOn: londonDate(at), by: user.id, recordedAt });
    const a = doc.announcement;
    // Every letter with its announcement is announced, serving something or not: the disclosure log records them all.
    if (a) {
      publish(db, { kind: 'document-sent', caseId: doc.caseId, documentId: input.id, templateId: doc.templateId, ...a, at: sentAt, sentOn: londonDate(at), recordedAt, userId: user.id });
    }
    touchCase(db, doc.caseId, recordedAt);
    recomputeCase(db, doc.caseId, now);
  })();
  return found(db, input.id);
}

export function recordReturned(db: WritableDB, input: RecordReturnedInput, user: SessionUser, now: Date): SendingState {
  const doc = found(db, input.id);
  if (!doc.sentAt) throw new AppError('conflict', 'This letter has not been recorded as sent, so it cannot have come back. Record it as sent first.');
  if (doc.returnedOn) throw new AppError('conflict', `This letter was already recorded as returned on ${formatDate(doc.returnedOn)}.`);
  if (input.returnedOn > londonDate(now)) throw new AppError('bad-input', 'The day it came back is in the future.');
  if (input.returnedOn < londonDate(new Date(doc.sentAt))) throw new AppError('bad-input', `The day it came back is before it was sent (${formatDateTime(doc.sentAt)}).`);
  const recordedAt = now.toISOString();
  db.transaction(() => {
    insertReturn(db, { documentId: input.id, returnedOn: input.returnedOn, reason: input.reason, by: user.id, recordedAt });
    touchCase(db, doc.caseId, recordedAt);
    recomputeCase(db, doc.caseId, now);
  })();
  return found(db, input.id);
}
