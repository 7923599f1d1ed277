import { AppError } from '../../../shared/result';
import { assertNotFuture, normaliseInstant } from '../../cases/rules';
import { loadDashboard } from '../../standards/dashboard';
import { addPlanReview, markPlanIssued, savePlanVersion } from '../../standards/plans';
import { getProfile, latestProfiles, saveProfileVersion } from '../../standards/profiles';
import { dueItemsForCase } from '../../standards/recompute';
import { casesWithItemsDueBefore, insertStandardFact, insertWaiver, latestProfileVersion, listPlans, listProfileVersions, setCaseProfile, setPlanActionDone } from '../../standards/store';
import type { WritableDB } from '../../db/connection';
import type { SessionUser } from '../../security/session';
import { changeCase as changeCaseShared } from '../case-write';
import { activeSession, type CaseContext, type HandlerMap } from '../handler';
import { can } from '../../security/can';

type StandardsChannels =
  | 'deadline:forCase'
  | 'deadline:recordFact'
  | 'deadline:waive'
  | 'deadline:dashboard'
  | 'deadline:dueBefore'
  | 'plan:get'
  | 'plan:save'
  | 'plan:review'
  | 'plan:issue'
  | 'plan:actionDone'
  | 'profiles:list'
  | 'profiles:get'
  | 'profiles:save'
  | 'case:moveProfile';

/** A write that can change deadlines, to the case dispatch resolved, through the shared changeCase. */
function changeCase<T>(ctx: CaseContext, write: (db: WritableDB, user: SessionUser, at: string) => T): T {
  return changeCaseShared(ctx, (w) => write(w.db, w.user, w.at));
}

export const standardsHandlers: HandlerMap<StandardsChannels> = {
  'deadline:forCase': (input, ctx) => dueItemsForCase(activeSession(ctx).ws.db, input.caseId, ctx.core.now()),

  'deadline:recordFact': (input, ctx) =>
    changeCase(ctx, (db, user, at) => {
      const when = input.at ? normaliseInstant(input.at) : at;
      assertNotFuture(when, ctx.core.now(), 'That time');
      return { id: insertStandardFact(db, { caseId: input.caseId, kind: input.kind, at: when, note: input.note, by: user.id, recordedAt: at }) };
    }),

  'deadline:waive': (input, ctx) =>
    changeCase(
      ctx,
      (db, user, at) => {
        const item = dueItemsForCase(db, input.caseId, ctx.core.now()).find((i) => i.ruleId === input.ruleId && i.occurrence === input.occurrence);
        if (!item) throw new AppError('not-found', 'That deadline does not exist on this case.');
        if (item.state !== 'pending' && item.state !== 'breached') throw new AppError('conflict', 'That deadline is already met or waived.');
        ctx.setAuditDetail({ ruleId: input.ruleId, occurrence: input.occurrence, reason: input.reason });
        insertWaiver(db, { caseId: input.caseId, ruleId: input.ruleId, occurrence: input.occurrence, reason: input.reason, by: user.id, at });
        return null;
      },
    ),

  'deadline:dashboard': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const request = { ...input, filters: { officer: input.officer, ruleId: input.ruleId, urgency: input.urgency } };
    return loadDashboard(ws.db, user, request, ctx.core.now(), input.scope !== 'mine' && can(user, 'deadlines.waive'));
  },

  'deadline:dueBefore': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const partners = input.partner ? user.partners.filter((p) => p === input.partner) : user.partners;
    if (!partners.length) return [];
    const rows = casesWithItemsDueBefore(ws.db, { partners, ownerId: null, referredOnly: user.role === 'legal' }, new Date(input.before).toISOString());
    const now = ctx.core.now();
    const before = new Date(input.before).toISOString();
    return rows.flatMap((c) =>
      dueItemsForCase(ws.db, c.id, now)
        .filter((i) => (i.state === 'pending' || i.state === 'breached') && i.dueAt < before)
        .map((i) => ({ ...i, caseId: c.id, ref: c.ref })),
    );
  },

  'plan:get': (input, ctx) => listPlans(activeSession(ctx).ws.db, input.caseId),

  'plan:save': (input, ctx) =>
    changeCase(ctx, (db, user, at) => {
      if (input.agreedAt) assertNotFuture(input.agreedAt, ctx.core.now(), 'The date the plan was agreed');
      return savePlanVersion(db, input.caseId, { ...input, agreedAt: input.agreedAt ? normaliseInstant(input.agreedAt) : null }, user.id, at);
    }),

  'plan:review': (input, ctx) =>
    changeCase(ctx, (db, user) => {
      assertNotFuture(input.at, ctx.core.now(), 'The review');
      return { id: addPlanReview(db, input.caseId, { at: normaliseInstant(input.at), outcome: input.outcome, changedPlan: input.changedPlan }, user.id) };
    }),

  'plan:issue': (input, ctx) =>
    changeCase(ctx, (db) => {
      assertNotFuture(input.at, ctx.core.now(), 'The date it was sent');
      markPlanIssued(db, input.caseId, input.planId, normaliseInstant(input.at));
      return null;
    }),

  'plan:actionDone': (input, ctx) =>
    changeCase(ctx, (db) => {
      setPlanActionDone(db, input.actionId, input.doneAt ? normaliseInstant(input.doneAt) : null);
      return null;
    }),

  'profiles:list': (_input, ctx) => {
    const { db } = activeSession(ctx).ws;
    return latestProfiles(db).map((p) => ({ id: p.id, name: p.name, latestVersion: p.version, versions: listProfileVersions(db, p.id).map((v) => v.version) }));
  },

  'profiles:get': (input, ctx) => {
    const { db } = activeSession(ctx).ws;
    const version = input.version ?? latestProfileVersion(db, input.id);
    if (version === null) throw new AppError('not-found', `There is no profile called ${input.id}.`);
    return getProfile(db, input.id, version);
  },

  'profiles:save': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    ctx.setAuditTarget(`profile:${input.profile.id}`);
    // Existing cases keep the version they started under; only new cases and moved cases use this one.
    return saveProfileVersion(ws.db, input.profile, user.id, ctx.core.now().toISOString());
  },

  'case:moveProfile': (input, ctx) =>
    changeCase(
      ctx,
      (db, _user, at) => {
        getProfile(db, input.profileId, input.version); // refuses an unknown profile version
        ctx.setAuditDetail({ profile: `${input.profileId}@${input.version}`, reason: input.reason });
        setCaseProfile(db, input.caseId, input.profileId, input.version, at);
        return null;
      },
    ),
};

