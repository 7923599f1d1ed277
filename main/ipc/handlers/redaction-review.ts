import { AppError } from '../../../shared/result';
import { getRedaction } from '../../evidence/redactions/store';
import { getEvidence, readEvidenceBytes } from '../../evidence/store';
import { drawPageInWorker } from '../../jobs/page-images';
import { bundleReview, decide, decideBoxes } from '../../bundles/review/service';
import { keepAfterDecision } from '../../bundles/review/cache';
import { changeCase } from '../case-write';
import { startReading, type ToRead } from '../../bundles/exhibits/read-job';
import { startCopy } from '../../bundles/exhibits/redact-job';
import { exhibitsOfPlan, exhibitSourceOf } from '../../bundles/review/exhibit-boxes';
import type { ReadableDB } from '../../db/connection';
import type { RedactionReview } from '../../../shared/schemas/redaction-review';
import { activeSession, staged, type HandlerMap } from '../handler';

/**
 * The redaction review (issue 16 §3). Dispatch has resolved and authorised the case (a legal user sees
 * only cases referred to legal). The audit records facts only: how many passages, how many wait, and for
 * a decision its kind and the role of the person it protects (for many boxes decided at once, how many
 * and which way) — never the words redacted or written.
 */
export const redactionReviewHandlers: HandlerMap<'redaction:review' | 'redaction:decide' | 'evidence:pageImage' | 'redaction:decideBoxes'> = {
  'redaction:review': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const review = bundleReview(ws.db, input.caseId, input.target, ctx.core.now(), { id: user.id, username: user.username, displayName: user.displayName });
    // Exhibits not read yet are read in the background (job exhibit-read); the review asks again when it ends.
    const reading = review.unread.length ? startReading(ctx.core, ws, user, input.caseId, unreadOf(ws.db, input.caseId, input.target.plan, review)) : null;
    ctx.setAuditDetail({ passages: review.items.length, toReview: review.toReview, noLongerApply: review.stale.length, boxes: review.boxes.length, boxesToReview: review.boxesToReview, unread: review.unread.length });
    return { ...review, reading };
  },

  // The decision and its audit event commit together.
  'redaction:decide': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const builder = { id: user.id, username: user.username, displayName: user.displayName };
    const { review, copy } = changeCase(ctx, (w) => {
      const decided = decide(w.db, input, ctx.core.now(), builder);
      const { review, audit } = decided;
      ctx.setAuditDetail({ key: input.key.slice(0, 16), role: audit.role, decision: audit.decision, passages: audit.passages, cleared: audit.cleared, toReview: review.toReview, ...(audit.exhibit ? { evidenceId: audit.exhibit, boxes: audit.boxes ?? 0, boxesToReview: review.boxesToReview, copyJobId: decided.copy?.jobId ?? null } : {}) });
      return decided;
    });
    // The decision touched the case but changed no passage: the review's cache stays good (review/cache.ts).
    keepAfterDecision(ws.db, input.caseId, input.target, builder, ctx.core.now());
    // A box accepted or rejected: the exhibit's redacted copy is made again, in the background, now the request has committed.
    if (copy) startCopy(ctx.core, ws, user, input.caseId, copy);
    return review;
  },

  // Many boxes at once: every decision and the audit event commit together; then one copy per exhibit touched.
  'redaction:decideBoxes': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const builder = { id: user.id, username: user.username, displayName: user.displayName };
    const { review, copies } = changeCase(ctx, (w) => {
      const decided = decideBoxes(w.db, input, ctx.core.now(), builder);
      ctx.setAuditDetail({ decision: input.decision, boxes: decided.boxes, exhibits: decided.exhibits, copies: decided.copies.length, boxesToReview: decided.review.boxesToReview });
      return decided;
    });
    keepAfterDecision(ws.db, input.caseId, input.target, builder, ctx.core.now());
    for (const copy of copies) startCopy(ctx.core, ws, user, input.caseId, copy);
    return review;
  },

  // Staged: the page is drawn (pdf.js, in a worker: jobs/page-images.ts) before the answer, and the viewing is audited like evidence:content.
  'evidence:pageImage': staged(async (input, ctx) => {
    const db = activeSession(ctx).ws.db;
    const e = getEvidence(db, input.id)!;
    if (e.type !== 'pdf' && e.type !== 'jpeg' && e.type !== 'png') throw new AppError('bad-input', `${e.exhibitLabel} is not a document or picture, so it has no pages to draw boxes on.`);
    ctx.setAuditDetail({ evidenceId: input.id, page: input.page });
    let page;
    try {
      page = await drawPageInWorker(new Uint8Array(readEvidenceBytes(db, input.id)), e.type, input.page);
    } catch (error) {
      if (error instanceof RangeError) throw new AppError('bad-input', `${e.exhibitLabel} has no page ${input.page}: ${error.message}`);
      throw new AppError('bad-input', `${e.exhibitLabel} could not be drawn (it may be damaged or password-protected), so boxes cannot be drawn on it.`);
    }
    const asked = getRedaction(db, input.id);
    return { ...page, boxes: asked?.boxes ?? [], withheld: asked?.withheld ?? true, terms: asked?.terms ?? [] };
  }),
};

function unreadOf(db: ReadableDB, caseId: number, plan: Parameters<typeof exhibitsOfPlan>[1], review: RedactionReview): ToRead[] {
  const ids = new Set(review.unread.map((u) => u.evidenceId));
  return exhibitsOfPlan(exhibitSourceOf(db, caseId), plan, { applies: true }).filter((e) => ids.has(e.id));
}
