import { AppError } from '../../../shared/result';
import { closeCase, decideAppeal, loadClosure, lodgeAppeal, offerAppeal, proposeClosure, recordDiscussion, recordSurvey, withdrawProposal } from '../../actions/closure';
import { checkAction, createAction } from '../../actions/create-action';
import { editAction } from '../../actions/edit-action';
import { getAction, insertActionEvent, insertConfirmation, listActions, listConfirmations, updateAction } from '../../actions/store';
import { legalRegister } from '../../actions/register';
import { assertNotFuture, normaliseInstant } from '../../cases/rules';
import type { WritableDB } from '../../db/connection';
import { getEvidence } from '../../evidence/store';
import { getParty } from '../../db/queries/parties';
import type { SessionUser } from '../../security/session';
import { londonDate } from '../../../shared/time/london';
import { changeCase } from '../case-write';
import { activeSession, type CaseContext, type HandlerContext, type HandlerMap } from '../handler';

type ActionChannels =
  | 'action:check'
  | 'action:create'
  | 'action:list'
  | 'action:addEvent'
  | 'action:update'
  | 'action:edit'
  | 'confirmation:add'
  | 'legal:register'
  | 'closure:get'
  | 'closure:propose'
  | 'closure:withdraw'
  | 'closure:discuss'
  | 'closure:offerAppeal'
  | 'closure:close'
  | 'appeal:lodge'
  | 'appeal:decide'
  | 'survey:record';

/** A write to the case dispatch resolved, through the shared changeCase (write, touch, recompute, audit in one transaction). */
function onCase<T>(ctx: CaseContext, write: (db: WritableDB, user: SessionUser, at: string) => T): T {
  return changeCase(ctx, (w) => write(w.db, w.user, w.at));
}

const readCase = (ctx: HandlerContext) => activeSession(ctx).ws.db;

export const actionHandlers: HandlerMap<ActionChannels> = {
  'action:check': (input, ctx) => checkAction(readCase(ctx), input, ctx.core.now()),

  'action:create': (input, ctx) =>
    onCase(ctx, (db, user) => {
      assertNotFuture(`${input.startedOn}T00:00:00Z`, ctx.core.now(), 'The start date');
      const { id } = createAction(db, input, user, ctx.core.now());
      ctx.setAuditDetail({ action: input.details.kind, actionId: id });
      return getAction(db, id)!;
    }),

  'action:list': (input, ctx) => {
    const db = readCase(ctx);
    return { actions: listActions(db, input.caseId), confirmations: listConfirmations(db, input.caseId) };
  },

  'action:addEvent': (input, ctx) =>
    onCase(ctx, (db, user, at) => {
      assertNotFuture(input.at, ctx.core.now(), 'That event');
      if (input.proven && input.kind !== 'breach') throw new AppError('bad-input', 'Only a breach can be found proven.');
      return { id: insertActionEvent(db, { ...input, at: normaliseInstant(input.at), nextHearingAt: input.nextHearingAt ? normaliseInstant(input.nextHearingAt) : null, by: user.id, recordedAt: at }) };
    }),

  'action:update': (input, ctx) =>
    onCase(ctx, (db, _user, at) => {
      updateAction(db, input.id, input, at);
      return getAction(db, input.id)!;
    }),

  'action:edit': (input, ctx) =>
    onCase(ctx, (db, user) => {
      assertNotFuture(`${input.startedOn}T00:00:00Z`, ctx.core.now(), 'The start date');
      const { version, changes } = editAction(db, input, user, ctx.core.now());
      // What changed, in words that name the parts (never a term's words: they can hold what is withheld).
      ctx.setAuditDetail({ actionId: input.actionId, version, changes: changes.join('; ') });
      return getAction(db, input.actionId)!;
    }),

  'confirmation:add': (input, ctx) =>
    onCase(ctx, (db, user, at) => {
      const party = getParty(db, input.partyId, londonDate(ctx.core.now()));
      if (!party || party.caseId !== input.caseId) throw new AppError('bad-input', 'That person is not part of this case.');
      if (input.evidenceId !== null && getEvidence(db, input.evidenceId)?.caseId !== input.caseId) throw new AppError('bad-input', 'That evidence is not on this case.');
      if (input.on > londonDate(ctx.core.now())) throw new AppError('bad-input', 'The confirmation’s date is in the future.');
      return { id: insertConfirmation(db, { ...input, by: user.id, at }) };
    }),

  'legal:register': (input, ctx) => {
    const { ws, user, grants } = activeSession(ctx);
    return legalRegister(ws.db, user, input, ctx.core.now(), grants.liveCaseIds());
  },

  'closure:get': (input, ctx) => loadClosure(readCase(ctx), input.caseId),
  'closure:propose': (input, ctx) => onCase(ctx, (db, user, at) => (proposeClosure(db, input.caseId, input, user.id, at), loadClosure(db, input.caseId))),
  'closure:withdraw': (input, ctx) => onCase(ctx, (db, _user, at) => (withdrawProposal(db, input.caseId, at), loadClosure(db, input.caseId))),
  'closure:discuss': (input, ctx) =>
    onCase(ctx, (db, user, at) => {
      assertNotFuture(input.at, ctx.core.now(), 'The discussion');
      recordDiscussion(db, input.caseId, { ...input, at: normaliseInstant(input.at) }, user.id, at);
      return loadClosure(db, input.caseId);
    }),
  'closure:offerAppeal': (input, ctx) =>
    onCase(ctx, (db) => {
      if (input.offeredOn > londonDate(ctx.core.now())) throw new AppError('bad-input', 'The date the appeal was offered is in the future.');
      offerAppeal(db, input.caseId, input.offeredOn);
      return loadClosure(db, input.caseId);
    }),
  'closure:close': (input, ctx) =>
    onCase(ctx, (db, user) => {
      assertNotFuture(input.at, ctx.core.now(), 'The closing time');
      closeCase(db, input.caseId, normaliseInstant(input.at), user.id);
      return loadClosure(db, input.caseId);
    }),
  'appeal:lodge': (input, ctx) => onCase(ctx, (db) => (lodgeAppeal(db, input.caseId, input), loadClosure(db, input.caseId))),
  'appeal:decide': (input, ctx) =>
    onCase(ctx, (db, user, at) => {
      ctx.setAuditDetail({ decision: input.decision });
      decideAppeal(db, input.caseId, input, user.id, at);
      return loadClosure(db, input.caseId);
    }),
  'survey:record': (input, ctx) => onCase(ctx, (db, user, at) => ({ id: recordSurvey(db, input.caseId, input, user.id, at) })),
};
