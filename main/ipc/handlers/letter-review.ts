import { decideLetter, letterReview } from '../../documents/review-service';
import { changeCase } from '../case-write';
import { activeSession, type HandlerMap } from '../handler';

/**
 * The redaction review of a letter (issue 16): like the bundle's (redaction-review.ts), the audit records
 * facts only — how many passages, how many wait, and for a decision its kind and the role of the person
 * it protects — never the words found or written.
 */
export const letterReviewHandlers: HandlerMap<'document:review' | 'document:decide'> = {
  'document:review': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const review = letterReview(ws.db, input, user, ctx.core.now());
    ctx.setAuditDetail({ template: input.templateId, passages: review.items.length, toReview: review.toReview, noLongerApply: review.stale.length });
    return review;
  },

  // The decision, the clearing of what no longer applies, and the audit event commit together.
  'document:decide': (input, ctx) =>
    changeCase(ctx, (w) => {
      const { review, audit } = decideLetter(w.db, input, w.user, ctx.core.now());
      ctx.setAuditDetail({ template: input.request.templateId, key: input.key.slice(0, 16), role: audit.role, decision: audit.decision, passages: audit.passages, cleared: audit.cleared, toReview: review.toReview });
      return review;
    }),
};
