import { accessibleText } from '../../../shared/documents/accessible-text';
import { safeFileName } from '../../../shared/files/safe-name';
import { AppError } from '../../../shared/result';
import { caseworkView, linkCounterAllegation, recordActionResult } from '../../casework/service';
import { getActionResult, insertFormatSent, insertInterviewAgreement, insertSafetyMeasure } from '../../casework/store';
import { assertPartyOnCase } from '../../cases/entries';
import { getDocument } from '../../documents/store';
import { changeCase } from '../case-write';
import { activeSession, type HandlerMap } from '../handler';

type CaseworkChannels = 'casework:get' | 'interview:agreement' | 'action:recordResult' | 'case:linkCounterAllegation' | 'safety:add' | 'document:plainText' | 'document:recordFormat';

/** Issue 18's records (items 2, 5, 6, 7, 11); the rules are in main/casework/service.ts. */
export const caseworkHandlers: HandlerMap<CaseworkChannels> = {
  'casework:get': (input, ctx) => caseworkView(activeSession(ctx).ws.db, input.caseId),

  'interview:agreement': (input, ctx) =>
    changeCase(ctx, ({ db, user, at, today }) => {
      if (input.givenOn > today) throw new AppError('bad-input', 'The date of the complainant’s answer is in the future.');
      return { id: insertInterviewAgreement(db, { caseId: input.caseId, basis: input.basis, reason: input.reason, givenOn: input.givenOn, by: user.id, at }) };
    }),

  'action:recordResult': (input, ctx) =>
    changeCase(ctx, ({ db, user, at, today }) => {
      recordActionResult(db, input, today, user.id, at);
      return getActionResult(db, input.actionId)!;
    }),

  'case:linkCounterAllegation': (input, ctx) =>
    changeCase(ctx, ({ db, user, at }) => {
      const otherId = linkCounterAllegation(db, input.caseId, input.otherRef, user, at);
      ctx.setAuditDetail({ linkedCaseId: otherId });
      return { id: otherId };
    }),

  'safety:add': (input, ctx) =>
    changeCase(ctx, ({ db, user, at, today }) => {
      if (input.on > today) throw new AppError('bad-input', 'The date of the safety measure is in the future. Record it when it is offered or fitted.');
      assertPartyOnCase(db, input.caseId, input.partyId, today);
      return { id: insertSafetyMeasure(db, { ...input, by: user.id, at }) };
    }),

  'document:plainText': (input, ctx) => {
    const found = getDocument(activeSession(ctx).ws.db, input.id)!;
    ctx.setAuditDetail({ documentId: input.id });
    return { fileName: safeFileName(`${found.model.title} (plain text)`, 'txt', 'letter'), text: accessibleText(found.model) };
  },

  'document:recordFormat': (input, ctx) =>
    changeCase(ctx, ({ db, user, at, today }) => {
      const doc = getDocument(db, input.documentId)!;
      if (input.sentOn > today) throw new AppError('bad-input', 'The date it was sent is in the future.');
      if (doc.view.sentOn && input.sentOn < doc.view.sentOn) throw new AppError('bad-input', `The letter itself was sent on ${doc.view.sentOn}: another format of it cannot be sent before that.`);
      return { id: insertFormatSent(db, { documentId: input.documentId, caseId: doc.view.caseId, format: input.format, language: input.language, producedBy: input.producedBy, sentOn: input.sentOn, by: user.id, at }) };
    }),
};

