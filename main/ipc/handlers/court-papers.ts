import { proposeCaseSummary } from '../../bundles/propose-summary';
import { finaliseCourtPaperOf, saveCourtPaper } from '../../court-papers/service';
import { listCourtPapers } from '../../court-papers/store';
import { loadCaseData } from '../../bundles/sources';
import { changeCase } from '../case-write';
import { activeSession, type HandlerMap } from '../handler';

type CourtPaperChannels = 'paper:list' | 'paper:proposeSummary' | 'paper:save' | 'paper:finalise';

/**
 * Certificates of service and the case summary (issue 15). Dispatch has resolved and checked the case.
 * The audit event names the paper, its kind and status, never its words (they are case content).
 */
export const courtPaperHandlers: HandlerMap<CourtPaperChannels> = {
  'paper:list': (input, ctx) => listCourtPapers(activeSession(ctx).ws.db, input.caseId),

  'paper:proposeSummary': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    return { body: proposeCaseSummary(loadCaseData(ws.db, input.caseId, ctx.core.now(), { displayName: user.displayName, username: user.username })) };
  },

  'paper:save': (input, ctx) =>
    changeCase(ctx, (w) => {
      const saved = saveCourtPaper(w, input);
      ctx.setAuditDetail({ paperId: saved.id, kind: saved.paper.kind, status: 'draft', ...(saved.paper.kind === 'service-certificate' ? { method: saved.paper.fields.method, documentId: saved.paper.fields.documentId } : {}) });
      return saved;
    }),

  'paper:finalise': (input, ctx) =>
    changeCase(ctx, (w) => {
      const done = finaliseCourtPaperOf(w, input);
      ctx.setAuditDetail({ paperId: done.id, kind: done.paper.kind, status: 'final', signedOn: input.signedOn, deemedOn: done.deemed?.on ?? null });
      return done;
    }),
};
