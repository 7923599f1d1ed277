import { AppError } from '../../../shared/result';
import {
  bundleCaseId,
  bundleContent,
  bundleDetail,
  bundleSources,
  buildProgress,
  cancelBuild,
  listBundles,
  previewBundle,
  startBuild,
  triageEvidence,
} from '../../bundles/service';
import { authorizeCase } from '../../cases/access';
import type { CaseAccessRow } from '../../db/queries/cases';
import type { DB } from '../../db/connection';
import type { SessionUser } from '../../security/session';
import { activeSession, type HandlerContext, type HandlerMap } from '../handler';

type BundleChannels = 'bundle:sources' | 'bundle:preview' | 'bundle:check' | 'bundle:build' | 'bundle:progress' | 'bundle:cancel' | 'bundle:list' | 'bundle:get' | 'bundle:content';

/**
 * Court bundles (issue 7). Every channel names a case (or a bundle on one) and asks can() about it:
 * legal users see only cases referred to legal. A restricted case needs a stated reason, as opening it
 * does; the audit event names the case and bundle, never their contents.
 */
function caseFor(db: DB, user: SessionUser, caseId: number, reason: string | undefined, ctx: HandlerContext): CaseAccessRow {
  const facts = authorizeCase(db, user, caseId, 'legal.register');
  ctx.setAuditTarget(`case:${facts.ref}`);
  if (facts.restricted) {
    if (!reason) throw new AppError('reason-required', `${facts.ref} is restricted. Say why you need its bundle; your reason is recorded.`);
    ctx.setAuditDetail({ reason });
  }
  return facts;
}

function bundleCase(db: DB, user: SessionUser, bundleId: number, reason: string | undefined, ctx: HandlerContext): CaseAccessRow {
  const caseId = bundleCaseId(db, bundleId);
  const missing = new AppError('not-found', 'There is no such bundle, or it is not on a case you can see.');
  if (caseId === null) throw missing;
  try {
    const facts = authorizeCase(db, user, caseId, 'legal.register');
    ctx.setAuditTarget(`case:${facts.ref}`);
    ctx.setAuditDetail({ bundleId });
    if (facts.restricted) {
      if (!reason) throw new AppError('reason-required', `${facts.ref} is restricted. Say why you need its bundle; your reason is recorded.`);
      ctx.setAuditDetail({ reason });
    }
    return facts;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not-found') throw missing;
    throw error;
  }
}

const builderOf = (user: SessionUser) => ({ id: user.id, username: user.username, displayName: user.displayName });

export const bundleHandlers: HandlerMap<BundleChannels> = {
  'bundle:sources': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    caseFor(ws.db, user, input.caseId, input.reason, ctx);
    return bundleSources(ws.db, input.caseId, ctx.core.now(), builderOf(user));
  },

  'bundle:preview': async (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    caseFor(ws.db, user, input.caseId, input.reason, ctx);
    return previewBundle(ws.db, input.caseId, input.plan, ctx.core.now(), builderOf(user), input.lateAdditionsTo);
  },

  'bundle:check': async (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    caseFor(ws.db, user, input.caseId, input.reason, ctx);
    const report = await triageEvidence(ws.db, input.caseId, ctx.core.now(), builderOf(user));
    ctx.setAuditDetail({ files: report.items.length, problems: report.items.filter((i) => i.status !== 'ok').length });
    return report;
  },

  'bundle:build': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    caseFor(ws.db, user, input.caseId, input.reason, ctx);
    const started = startBuild(ws.db, input.caseId, input.plan, ctx.core.now(), builderOf(user), input.lateAdditionsTo, input.lateMode);
    ctx.setAuditDetail({ bundleId: started.bundleId, letter: input.plan.letter, lateAdditionsTo: input.lateAdditionsTo, items: input.plan.sections.reduce((n, s) => n + s.items.length, 0) });
    return started;
  },

  'bundle:progress': (input, ctx) => {
    const { user } = activeSession(ctx);
    return buildProgress(input.jobId, user.id);
  },

  'bundle:cancel': (input, ctx) => {
    const { user } = activeSession(ctx);
    ctx.setAuditTarget(`bundle-job:${input.jobId}`);
    cancelBuild(input.jobId, user.id);
    return null;
  },

  'bundle:list': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    caseFor(ws.db, user, input.caseId, input.reason, ctx);
    return listBundles(ws.db, input.caseId);
  },

  'bundle:get': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    bundleCase(ws.db, user, input.bundleId, input.reason, ctx);
    const { caseId: _caseId, ...detail } = bundleDetail(ws.db, input.bundleId);
    return detail;
  },

  'bundle:content': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    bundleCase(ws.db, user, input.bundleId, input.reason, ctx);
    const file = bundleContent(ws.db, input.bundleId, input.part);
    ctx.setAuditDetail({ part: input.part, size: file.bytes.length });
    return file;
  },
};
