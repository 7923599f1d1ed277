import { AppError } from '../../../shared/result';
import { assertPartyOnCase, checkReferralConsent } from '../../cases/entries';
import { assertConsentableRole, assertNotFuture, assertReportedAfter, incidentInstant, normaliseInstant } from '../../cases/rules';
import type { WritableDB } from '../../db/connection';
import { getConsent, insertConsent, withdrawConsent } from '../../db/queries/consents';
import { getAction } from '../../actions/store';
import { getEvidence } from '../../evidence/store';
import { getParty, partyIdsOfCase } from '../../db/queries/parties';
import { insertContact, insertCost, insertIncident, insertInterview, insertNote, insertReferral } from '../../db/queries/timeline';
import type { SessionUser } from '../../security/session';
import { changeCase } from '../case-write';
import { assertMayInterview } from '../../casework/service';
import { announceReferral } from '../../cases/referral-disclosed';
import { activeSession, type CaseContext, type HandlerMap } from '../handler';

type EntryChannels = 'consent:add' | 'consent:withdraw' | 'incident:add' | 'contact:add' | 'interview:add' | 'referral:add' | 'cost:add' | 'note:add';

/** Adds one entry to the case dispatch resolved, through the shared changeCase, answering with the new entry's id. */
function addToCase(ctx: CaseContext, write: (db: WritableDB, user: SessionUser, at: string, today: string) => number, reindex = false): { id: number } {
  return { id: changeCase(ctx, (w) => write(w.db, w.user, w.at, w.today), { reindex }) };
}

export const entryHandlers: HandlerMap<EntryChannels> = {
  'consent:add': (input, ctx) =>
    addToCase(ctx, (db, user, at, today) => {
      const party = getParty(db, input.partyId, today);
      if (!party || party.caseId !== input.caseId) throw new AppError('bad-input', 'That person is not part of this case.');
      assertConsentableRole(party.role, party.name || 'this person');
      if (input.consent.writtenOn > today) throw new AppError('bad-input', 'The consent’s date is in the future.');
      if (input.consent.recipient === 'other' && !input.consent.recipientName) throw new AppError('bad-input', 'Name who the identity may be shared with.');
      if (input.evidenceId !== null && getEvidence(db, input.evidenceId)?.caseId !== input.caseId) throw new AppError('bad-input', 'That document is not evidence on this case.');
      return insertConsent(db, { partyId: input.partyId, ...input.consent, evidenceId: input.evidenceId, recordedBy: user.id, at });
    }),

  'consent:withdraw': (input, ctx) => {
    const consent = getConsent(activeSession(ctx).ws.db, input.id)!;
    addToCase(ctx, (db) => {
      if (consent.withdrawnOn) throw new AppError('conflict', `That consent was already withdrawn on ${consent.withdrawnOn}.`);
      if (input.withdrawnOn < consent.writtenOn) throw new AppError('bad-input', 'A consent cannot be withdrawn before it was given.');
      withdrawConsent(db, input.id, input.withdrawnOn);
      return input.id;
    });
    return null;
  },

  'incident:add': (input, ctx) =>
    addToCase(
      ctx,
      (db, user, at, today) => {
        const occurredAt = incidentInstant(input.incident.occurredAt, input.incident.occurredTimeKnown);
        assertNotFuture(occurredAt, ctx.core.now(), 'The incident');
        assertReportedAfter(occurredAt, input.incident.reportedAt, ctx.core.now());
        assertPartyOnCase(db, input.caseId, input.reportedByPartyId, today);
        const reportedAt = input.incident.reportedAt ? normaliseInstant(input.incident.reportedAt) : null;
        return insertIncident(db, { caseId: input.caseId, ...input.incident, occurredAt, reportedAt, reportedBy: input.reportedByPartyId, recordedBy: user.id, at });
      },
      true,
    ),

  'contact:add': (input, ctx) =>
    addToCase(ctx, (db, user, at, today) => {
      assertNotFuture(input.at, ctx.core.now(), 'The contact');
      assertPartyOnCase(db, input.caseId, input.partyId, today);
      return insertContact(db, { caseId: input.caseId, at: normaliseInstant(input.at), kind: input.kind, direction: input.direction, partyId: input.partyId, summary: input.summary, officerId: user.id, recordedAt: at });
    }),

  'interview:add': (input, ctx) =>
    addToCase(ctx, (db, user, at, today) => {
      assertNotFuture(input.at, ctx.core.now(), 'The interview');
      assertPartyOnCase(db, input.caseId, input.partyId, today);
      assertMayInterview(db, input.caseId, input.partyId, today);
      return insertInterview(db, { caseId: input.caseId, at: normaliseInstant(input.at), partyId: input.partyId, summary: input.summary, officerId: user.id, recordedAt: at });
    }),

  'referral:add': (input, ctx) =>
    addToCase(ctx, (db, user, at, today) => {
      assertNotFuture(input.at, ctx.core.now(), 'The referral');
      assertPartyOnCase(db, input.caseId, input.partyId, today);
      checkReferralConsent(db, { caseId: input.caseId, agency: input.agency, partyId: input.partyId, consentId: input.consentId, justification: input.justification }, today);
      const id = insertReferral(db, { ...input, at: normaliseInstant(input.at), recordedBy: user.id, recordedAt: at });
      announceReferral(db, { id, ...input, at: normaliseInstant(input.at), by: user.id, everyone: () => partyIdsOfCase(db, input.caseId) });
      return id;
    }),

  'cost:add': (input, ctx) =>
    addToCase(ctx, (db, user, at, today) => {
      if (input.incurredOn > today) throw new AppError('bad-input', 'The cost’s date is in the future.');
      if (input.actionId !== null && getAction(db, input.actionId)?.caseId !== input.caseId) throw new AppError('bad-input', 'That action is not on this case. Choose one of the case’s actions, or none.');
      return insertCost(db, { ...input, recordedBy: user.id, recordedAt: at });
    }),

  'note:add': (input, ctx) => addToCase(ctx, (db, user, at) => insertNote(db, { caseId: input.caseId, at, text: input.text, authorId: user.id })),
};
