import { AppError } from '../../../shared/result';
import { assertNotFuture, normaliseInstant } from '../../cases/rules';
import { loadDashboard } from '../../standards/dashboard';
import { addPlanReview, loadPlans, markPlanIssued, savePlanVersion, setActionDone } from '../../standards/plans';
import { getProfile, latestProfiles, latestVersion, profileVersions, saveProfileVersion } from '../../standards/profiles';
import { dueItemsForCase } from '../../standards/recompute';
import type { DB } from '../../db/connection';
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
function changeCase<T>(ctx: CaseContext, write: (db: DB, user: SessionUser, at: string) => T): T {
  return changeCaseShared(ctx, (w) => write(w.db, w.user, w.at));
}

export const standardsHandlers: HandlerMap<StandardsChannels> = {
  'deadline:forCase': (input, ctx) => dueItemsForCase(activeSession(ctx).ws.db, input.caseId, ctx.core.now()),

  'deadline:recordFact': (input, ctx) =>
    changeCase(ctx, (db, user, at) => {
      const when = input.at ? normaliseInstant(input.at) : at;
      assertNotFuture(when, ctx.core.now(), 'That time');
      const id = Number(db.prepare('INSERT INTO standard_facts (case_id, kind, at, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)').run(input.caseId, input.kind, when, input.note, user.id, at).lastInsertRowid);
      return { id };
    }),

  'deadline:waive': (input, ctx) =>
    changeCase(
      ctx,
      (db, user, at) => {
        const item = dueItemsForCase(db, input.caseId, ctx.core.now()).find((i) => i.ruleId === input.ruleId && i.occurrence === input.occurrence);
        if (!item) throw new AppError('not-found', 'That deadline does not exist on this case.');
        if (item.state !== 'pending' && item.state !== 'breached') throw new AppError('conflict', 'That deadline is already met or waived.');
        ctx.setAuditDetail({ ruleId: input.ruleId, occurrence: input.occurrence, reason: input.reason });
        db.prepare('INSERT INTO due_waivers (case_id, rule_id, occurrence, reason, waived_by, waived_at) VALUES (?, ?, ?, ?, ?, ?)').run(input.caseId, input.ruleId, input.occurrence, input.reason, user.id, at);
        return null;
      },
    ),

  'deadline:dashboard': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    return loadDashboard(ws.db, user, input.scope, input.partner, ctx.core.now(), input.scope !== 'mine' && can(user, 'deadlines.waive'));
  },

  'deadline:dueBefore': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const partners = input.partner ? user.partners.filter((p) => p === input.partner) : user.partners;
    if (!partners.length) return [];
    const rows = ws.db
      .prepare(
        `SELECT c.id, c.ref FROM cases c WHERE c.partner IN (${partners.map(() => '?').join(', ')}) ${user.role === 'legal' ? 'AND c.legal_referred = 1' : ''}
         AND c.id IN (SELECT case_id FROM due_items WHERE state IN ('pending', 'breached') AND due_at < ?)`,
      )
      .all(...partners, new Date(input.before).toISOString()) as { id: number; ref: string }[];
    const now = ctx.core.now();
    const before = new Date(input.before).toISOString();
    return rows.flatMap((c) =>
      dueItemsForCase(ws.db, c.id, now)
        .filter((i) => (i.state === 'pending' || i.state === 'breached') && i.dueAt < before)
        .map((i) => ({ ...i, caseId: c.id, ref: c.ref })),
    );
  },

  'plan:get': (input, ctx) => loadPlans(activeSession(ctx).ws.db, input.caseId),

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
      setActionDone(db, input.actionId, input.doneAt ? normaliseInstant(input.doneAt) : null);
      return null;
    }),

  'profiles:list': (_input, ctx) => {
    const { db } = activeSession(ctx).ws;
    return latestProfiles(db).map((p) => ({ id: p.id, name: p.name, latestVersion: p.version, versions: profileVersions(db, p.id).map((v) => v.version) }));
  },

  'profiles:get': (input, ctx) => {
    const { db } = activeSession(ctx).ws;
    const version = input.version ?? latestVersion(db, input.id);
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
        db.prepare('UPDATE cases SET profile_id = ?, profile_version = ?, updated_at = ? WHERE id = ?').run(input.profileId, input.version, at, input.caseId);
        return null;
      },
    ),
};

