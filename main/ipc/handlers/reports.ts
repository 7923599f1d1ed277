import type { ReportFilters } from '../../../shared/schemas/reports';
import { buildReport, drilldown } from '../../reports/build';
import { countAheadOfTime } from '../../reports/cache';
import { resolveScope } from '../../reports/scope';
import { exportCsv, exportPdf } from '../../reports/exports';
import { setHomes } from '../../reports/homes';
import { activeSession, type HandlerContext, type HandlerMap, staged } from '../handler';

type ReportChannels = 'report:get' | 'report:drilldown' | 'report:pdf' | 'report:csv' | 'report:setHomes';

/** What the audit event says about a report: the period and scope, never a figure or a case. */
function auditScope(ctx: HandlerContext, f: ReportFilters, extra: Record<string, string | number> = {}): void {
  ctx.setAuditTarget('report');
  ctx.setAuditDetail({ from: f.from, to: f.to, partners: f.partners.length ? f.partners.join(',') : 'all', category: f.category, ...extra });
}

export const reportHandlers: HandlerMap<ReportChannels> = {
  'report:get': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    auditScope(ctx, input.filters);
    const report = buildReport(ws.db, user, input.filters, ctx.core.now(), input.compare);
    // The next period back is the likeliest next question (issue 17: paging through quarters).
    if (input.compare) countAheadOfTime(ws.db, () => ctx.core.sessions.current()?.ws.db === ws.db && ws.db.open, resolveScope(ws.db, user, input.filters), input.filters, input.filters.category, () => ctx.core.now());
    return report;
  },

  'report:drilldown': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    auditScope(ctx, input.filters, { figure: input.key });
    const view = drilldown(ws.db, user, input.filters, input.key, ctx.core.now());
    ctx.setAuditDetail({ cases: view.total });
    return view;
  },

  // Exports are audited with what left the workspace: the measure, the period, the scope and the size.
  // Staged: the PDF is laid out asynchronously; its event is written before the file leaves.
  'report:pdf': staged(async (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    auditScope(ctx, input.filters, { measure: 'board-report', format: 'pdf' });
    const { file } = await exportPdf(ws.db, user, input.filters, ctx.core.now());
    ctx.setAuditDetail({ bytes: file.bytes.length });
    return file;
  }),

  'report:csv': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    auditScope(ctx, input.filters, { measure: input.measure, format: 'csv' });
    const { file } = exportCsv(ws.db, user, input.filters, input.measure, ctx.core.now());
    ctx.setAuditDetail({ bytes: file.bytes.length });
    return file;
  },

  'report:setHomes': (input, ctx) => {
    const { ws, user } = activeSession(ctx);
    ctx.setAuditTarget(`partner:${input.partner}`);
    ctx.setAuditDetail({ from: input.from, homes: input.homes });
    setHomes(ws.db, input, user.id, ctx.core.now().toISOString());
    return null;
  },
};
