import { AppError } from '../../../shared/result';
import { applicationOnCase, applicationView, assertRecommendationDue, assertReviewable, caseReviewView, linkCase, recordApplication, thresholdDecision } from '../../case-review/service';
import { getApplication, getRecommendation, insertRecommendation, listApplications, saveEscalation, setApplicantAddress, setThresholdDecision, updateRecommendation, upsertReview } from '../../case-review/store';
import { addPartnerThreshold, partnerThresholds } from '../../case-review/thresholds';
import { londonDate } from '../../../shared/time/london';
import { changeCase } from '../case-write';
import { activeSession, type HandlerMap } from '../handler';

type CaseReviewChannels =
  | 'casereview:get'
  | 'casereview:apply'
  | 'casereview:decideThreshold'
  | 'casereview:recordReview'
  | 'casereview:addRecommendation'
  | 'casereview:updateRecommendation'
  | 'casereview:escalate'
  | 'casereview:list'
  | 'casereview:link'
  | 'casereview:thresholds'
  | 'casereview:setThreshold'
  | 'casereview:applicantAddress';

/** The ASB Case Review (issue 20); the rules are in main/case-review/service.ts. Audited as facts, never words. */
export const caseReviewHandlers: HandlerMap<CaseReviewChannels> = {
  'casereview:get': (input, ctx) => caseReviewView(activeSession(ctx).ws.db, input.caseId, londonDate(ctx.core.now())),

  'casereview:apply': (input, ctx) =>
    changeCase(ctx, ({ db, user, at, today }) => {
      const id = recordApplication(db, input, user, today, at);
      ctx.setAuditDetail({ applicationId: id, receivedVia: input.receivedVia, linkedCases: input.linkedCaseIds.length, applicantOnCase: input.applicantPartyId !== null });
      return { id };
    }),

  'casereview:decideThreshold': (input, ctx) =>
    changeCase(ctx, ({ db, today }) => {
      const row = applicationOnCase(db, input.caseId, input.applicationId);
      const counted = thresholdDecision(db, row, input, today);
      setThresholdDecision(db, row.id, { corrections: input.corrections, met: input.met, counted, decidedOn: input.decidedOn, reason: input.reason });
      ctx.setAuditDetail({ applicationId: row.id, met: input.met, counted, corrections: input.corrections.length });
      return applicationView(db, getApplication(db, row.id)!);
    }),

  'casereview:recordReview': (input, ctx) =>
    changeCase(ctx, ({ db, user, at }) => {
      const row = applicationOnCase(db, input.caseId, input.applicationId);
      assertReviewable(row, input.meetingOn, input.applicantToldOn);
      upsertReview(db, { ...input, by: user.id, at });
      ctx.setAuditDetail({ applicationId: row.id, meetingOn: input.meetingOn, held: input.held });
      return applicationView(db, row);
    }),

  'casereview:addRecommendation': (input, ctx) =>
    changeCase(ctx, ({ db, user, at }) => {
      const row = applicationOnCase(db, input.caseId, input.applicationId);
      assertRecommendationDue(db, row.id, input.dueOn);
      // The recommendation is the application's case's: its due item sits there, whichever case is on screen.
      const id = insertRecommendation(db, { ...input, applicationId: row.id, caseId: row.case_id, by: user.id, at });
      ctx.setAuditDetail({ applicationId: row.id, recommendationId: id, partnerOwned: input.partnerOwned, dueOn: input.dueOn });
      return { id };
    }),

  'casereview:updateRecommendation': (input, ctx) =>
    changeCase(ctx, ({ db, today }) => {
      const rec = getRecommendation(db, input.id);
      if (!rec) throw new AppError('not-found', 'There is no such recommendation.');
      applicationOnCase(db, input.caseId, rec.applicationId);
      if (input.completedOn !== null && input.completedOn > today) throw new AppError('bad-input', 'The day it was done is in the future.');
      updateRecommendation(db, { id: rec.id, status: input.status, evidence: input.evidence, completedOn: input.status === 'open' ? null : input.completedOn });
      ctx.setAuditDetail({ recommendationId: rec.id, status: input.status });
      return { id: rec.id };
    }),

  'casereview:escalate': (input, ctx) =>
    changeCase(ctx, ({ db, user, at, today }) => {
      const row = applicationOnCase(db, input.caseId, input.applicationId);
      if (input.madeOn > today || (input.outcomeOn ?? '') > today) throw new AppError('bad-input', 'A date of the escalation is in the future.');
      if (input.madeOn < row.received_on) throw new AppError('bad-input', 'An escalation cannot be made before the application was received.');
      if (input.outcomeOn !== null && input.outcomeOn < input.madeOn) throw new AppError('bad-input', 'The outcome cannot come before the escalation was made.');
      const id = saveEscalation(db, { ...input, applicationId: row.id, by: user.id, at });
      if (!id) throw new AppError('not-found', 'There is no such escalation on this application.');
      ctx.setAuditDetail({ applicationId: row.id, escalationId: id, outcome: input.outcome });
      return { id };
    }),

  'casereview:list': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const partners = input.partner ? user.partners.filter((p) => p === input.partner) : user.partners;
    const rows = listApplications(ws.db, { partners, from: input.from, to: input.to });
    // The legal team sees only cases referred to it; the list is for those who work the cases.
    return user.role === 'legal' ? [] : rows;
  },

  'casereview:link': (input, ctx) =>
    changeCase(ctx, ({ db, user }) => {
      const row = applicationOnCase(db, input.caseId, input.applicationId);
      const linked = linkCase(db, row, input.ref, user);
      ctx.setAuditDetail({ applicationId: row.id, linkedCaseId: linked.id });
      return applicationView(db, row);
    }),

  'casereview:thresholds': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    if (!user.partners.includes(input.partner)) throw new AppError('not-found', `There is no partner ${input.partner} that you work for.`);
    return partnerThresholds(ws.db, input.partner, londonDate(ctx.core.now()));
  },

  // Sync: dispatch commits the version and its audit event together.
  'casereview:setThreshold': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    if (!user.partners.includes(input.partner)) throw new AppError('not-found', `There is no partner ${input.partner} that you work for.`);
    ctx.setAuditTarget(`partner:${input.partner}`);
    const added = addPartnerThreshold(ws.db, input, user, ctx.core.now().toISOString());
    ctx.setAuditDetail({ thresholdId: added.id, version: added.version, inForceFrom: input.inForceFrom, count: input.count, windowMonths: input.windowMonths });
    return partnerThresholds(ws.db, input.partner, londonDate(ctx.core.now()));
  },

  // A party applicant's address is on their party record; this is for someone recorded as the applicant only.
  'casereview:applicantAddress': (input, ctx) =>
    changeCase(ctx, ({ db }) => {
      const row = applicationOnCase(db, input.caseId, input.applicationId);
      if (row.applicant_party_id !== null) throw new AppError('bad-input', 'The applicant is on the case: letters go to the address on their record. Change it there.');
      setApplicantAddress(db, row.id, input.address, input.postcode);
      ctx.setAuditDetail({ applicationId: row.id });
      return applicationView(db, getApplication(db, row.id)!);
    }),
};
