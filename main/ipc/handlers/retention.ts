import { disposeInTransaction, outcomeOf, reclaimAfterDisposal } from '../../retention/dispose';
import { anonymisePersonInTransaction } from '../../retention/person/anonymise';
import { findPerson, viewOf } from '../../retention/person/find';
import { addScheduleVersion, scheduleView } from '../../retention/schedules/service';
import { keepCase, placeHold, removeHold } from '../../retention/holds';
import { disposalReview } from '../../retention/service';
import { activeSession, type HandlerMap, staged } from '../handler';

type RetentionChannels = 'retention:review' | 'retention:dispose' | 'retention:keep' | 'hold:place' | 'hold:lift' | 'retention:person' | 'retention:anonymisePerson' | 'retention:schedule' | 'retention:setSchedule';

/**
 * Issue 21: the disposal review and its decisions, and legal holds. Audit events carry identifiers, the
 * method, the rule and counts; reasons stay in their own tables (they are free text about people).
 */
export const retentionHandlers: HandlerMap<RetentionChannels> = {
  'retention:review': (_input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const review = disposalReview(ws.db, user, ctx.core.now());
    ctx.setAuditDetail({ due: review.total, holds: review.holds.length });
    return review;
  },

  // Staged: VACUUM cannot run inside a transaction, so the disposal and its event commit first, then the
  // file is rebuilt.
  'retention:dispose': staged((input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const done = ctx.commit(() => {
      const d = disposeInTransaction(ws.db, input, user.id, ctx.core.now());
      ctx.setAuditDetail({ method: d.method, disposalId: d.disposalId, rule: d.ruleId, schedule: d.schedule, dueOn: d.dueOn, rows: d.rows });
      return d;
    });
    return outcomeOf(done, reclaimAfterDisposal(ws.db, ctx.core.log));
  }),

  'retention:keep': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const id = keepCase(ws.db, input.caseId, input.reason, input.reviewOn, user.id, ctx.core.now());
    ctx.setAuditDetail({ keepId: id, reviewOn: input.reviewOn });
    return { id };
  },

  'hold:place': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const id = placeHold(ws.db, input, user.id, ctx.core.now());
    ctx.setAuditDetail({ holdId: id, kind: input.kind, onPerson: input.partyId !== null, partyId: input.partyId });
    return { id };
  },

  'hold:lift': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    removeHold(ws.db, input.caseId, input.id, input.reason, user.id, ctx.core.now());
    ctx.setAuditDetail({ holdId: input.id });
    return { id: input.id };
  },

  'retention:person': (input, ctx) => {
    const { ws, grants } = activeSession(ctx);
    const view = viewOf(findPerson(ws.db, input.partyId, grants.liveCaseIds(), ctx.core.now()));
    ctx.setAuditDetail({ partyId: input.partyId, cases: [...new Set(view.records.map((r) => r.caseRef))].join(' '), refused: view.refusals.length > 0 });
    return view;
  },

  // Staged like a disposal: the change and its event commit first, then the file is rebuilt. The audit
  // event names the case references and record ids, never the name.
  'retention:anonymisePerson': staged((input, ctx) => {
    const { ws, user, grants } = activeSession(ctx);
    const done = ctx.commit(() => {
      const d = anonymisePersonInTransaction(ws.db, input, grants.liveCaseIds(), user.id, ctx.core.now());
      ctx.setAuditDetail({ anonymisationId: d.anonymisationId, basis: input.basis, requestId: input.requestId, partyId: input.partyId, cases: d.cases.join(' '), records: d.records, rows: d.rows, filesRemoved: d.filesRemoved });
      return d;
    });
    return { ...done, spaceReclaimed: reclaimAfterDisposal(ws.db, ctx.core.log) };
  }),

  'retention:schedule': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const view = scheduleView(ws.db, user, input.partner);
    ctx.setAuditDetail({ partner: input.partner, schedule: `${view.inForce.id} v${view.inForce.version}` });
    return view;
  },

  'retention:setSchedule': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const saved = addScheduleVersion(ws.db, user, input, ctx.core.now());
    ctx.setAuditDetail({ partner: input.partner, schedule: `${saved.scheduleId} v${saved.version}`, rules: input.rules.map((r) => `${r.id}=${r.keepMonths}m/${r.trigger}`).join(' '), warnings: saved.warnings.length });
    return saved;
  },
};
