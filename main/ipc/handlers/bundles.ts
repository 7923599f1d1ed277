import {
  bundleContent,
  bundleDetail,
  bundleSources,
  listBundles,
  previewBundle,
  startBuild,
  triageEvidence,
} from '../../bundles/service';
import { bundlePreflight, overridePreflight } from '../../bundles/preflight/service';
import type { SessionUser } from '../../security/session';
import { changeCase } from '../case-write';
import { activeSession, type HandlerMap, staged } from '../handler';

type BundleChannels =
  | 'bundle:sources'
  | 'bundle:preview'
  | 'bundle:check'
  | 'bundle:build'
  | 'bundle:list'
  | 'bundle:get'
  | 'bundle:content'
  | 'bundle:preflight'
  | 'bundle:preflightOverride';

/**
 * Court bundles (issue 7). Every channel names a case, a bundle on one or a build of one; dispatch has
 * resolved that case and checked it (legal users see only cases referred to legal; a restricted case needs
 * a live grant from opening it with a reason). The audit event names the case and bundle, never their
 * contents. Preview and check wait for the worker, so they are staged (their events are written before
 * the answer leaves); a build's end is audited when it is stored (main/bundles/service.ts). A build is a
 * job: its progress and cancel are job:status and job:cancel (main/ipc/handlers/jobs.ts).
 */
const builderOf = (user: SessionUser) => ({ id: user.id, username: user.username, displayName: user.displayName });

export const bundleHandlers: HandlerMap<BundleChannels> = {
  'bundle:sources': (input, ctx) => bundleSources(activeSession(ctx).ws.db, input.caseId, ctx.core.now(), builderOf(activeSession(ctx).user)),

  'bundle:preview': staged(async (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    return previewBundle(ws.db, input.caseId, input.plan, ctx.core.now(), builderOf(user), input.lateAdditionsTo);
  }),

  'bundle:check': staged(async (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    const report = await triageEvidence(ws.db, input.caseId, ctx.core.now(), builderOf(user));
    ctx.setAuditDetail({ files: report.items.length, problems: report.items.filter((i) => i.status !== 'ok').length });
    return report;
  }),

  // Staged: the bundle's record commits with this event first, and only then does the worker start.
  'bundle:build': staged((input, ctx) => {
    const { ws, user } = activeSession(ctx);
    ctx.setAuditDetail({ letter: input.plan.letter, lateAdditionsTo: input.lateAdditionsTo, items: input.plan.sections.reduce((n, s) => n + s.items.length, 0), hearsayReasonKind: input.plan.hearsayReasonKind });
    const commit = (write: () => number) =>
      ctx.commit(() => {
        const bundleId = write();
        ctx.setAuditDetail({ bundleId });
        return bundleId;
      });
    const where = { jobs: ctx.core.jobs, owner: { userId: user.id, workspaceId: ws.workspaceId } };
    return startBuild(where, ws.db, input.caseId, input.plan, ctx.core.now(), builderOf(user), input.lateAdditionsTo, input.lateMode, commit);
  }),

  'bundle:list': (input, ctx) => listBundles(activeSession(ctx).ws.db, input.caseId),

  'bundle:get': (input, ctx) => {
    ctx.setAuditDetail({ bundleId: input.bundleId });
    const { caseId: _caseId, ...detail } = bundleDetail(activeSession(ctx).ws.db, input.bundleId);
    return detail;
  },

  'bundle:content': (input, ctx) => {
    const file = bundleContent(activeSession(ctx).ws.db, input.bundleId, input.part);
    ctx.setAuditDetail({ bundleId: input.bundleId, part: input.part, size: file.bytes.length });
    return file;
  },

  'bundle:preflight': (input, ctx) => {
    const report = bundlePreflight(activeSession(ctx).ws.db, input.caseId, ctx.core.now(), builderOf(activeSession(ctx).user));
    ctx.setAuditDetail({ actionId: report.actionId, problems: report.items.length, blocked: report.blocked });
    return report;
  },

  // The reason is stored against the injunction with this request's audit event, in one transaction.
  'bundle:preflightOverride': (input, ctx) =>
    changeCase(ctx, (w) => {
      const report = overridePreflight(w.db, input.caseId, input.code, input.reason, ctx.core.now(), builderOf(w.user));
      ctx.setAuditDetail({ actionId: report.actionId, code: input.code });
      return report;
    }),
};
