import { bundleReview, decide } from '../../redaction-review/service';
import { changeCase } from '../case-write';
import { activeSession, type HandlerMap } from '../handler';

/**
 * The redaction review (issue 16 §3). Dispatch has resolved and authorised the case (a legal user sees
 * only cases referred to legal). The audit records facts only: how many passages, how many wait, and for
 * a decision its kind and the role of the person it protects — never the words redacted or written.
 */
export const redactionReviewHandlers: HandlerMap<'redaction:review' | 'redaction:decide'> = {
  'redaction:review': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const review = bundleReview(ws.db, input.caseId, input.target, ctx.core.now(), { id: user.id, username: user.username, displayName: user.displayName });
    ctx.setAuditDetail({ passages: review.items.length, toReview: review.toReview });
    return review;
  },

  // The decision and its audit event commit together.
  'redaction:decide': (input, ctx) =>
    changeCase(ctx, (w) => {
      const { review, audit } = decide(w.db, input, ctx.core.now(), { id: w.user.id, username: w.user.username, displayName: w.user.displayName });
      ctx.setAuditDetail({ key: input.key.slice(0, 16), role: audit.role, decision: audit.decision, passages: audit.passages, toReview: review.toReview });
      return review;
    }),
};
