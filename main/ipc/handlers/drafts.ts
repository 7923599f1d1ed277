import { deleteDraft, getDraft, listDrafts } from '../../drafts/store';
import { purgeOldDrafts, saveDraft } from '../../drafts/service';
import { activeSession, type HandlerMap } from '../handler';

type DraftChannels = 'draft:save' | 'draft:get' | 'draft:list' | 'draft:discard';

/**
 * Drafts of long forms (issue 17). Always the signed-in person's own: no channel takes a user, so nobody
 * reads or discards another's. A draft on a case is checked like any request about that case (dispatch).
 */
export const draftHandlers: HandlerMap<DraftChannels> = {
  'draft:save': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    return saveDraft(ws.db, user.id, input.form, input.caseId, input.body, ctx.core.now().toISOString());
  },

  'draft:get': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    purgeOldDrafts(ws.db, ctx.core.now());
    const row = getDraft(ws.db, user.id, input.form, input.caseId);
    return row && { form: row.form, caseId: row.caseId, body: JSON.parse(row.body) as unknown, updatedAt: row.updatedAt };
  },

  'draft:list': (_input, ctx) => {
    const { ws, user } = activeSession(ctx);
    purgeOldDrafts(ws.db, ctx.core.now());
    return listDrafts(ws.db, user.id);
  },

  'draft:discard': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    deleteDraft(ws.db, user.id, input.form, input.caseId);
    return null;
  },
};
