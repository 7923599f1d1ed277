import { safeFileName } from '../../shared/files/safe-name';
import { tableToCsv } from '../../shared/reports/csv';
import { reportTable } from '../../shared/reports/tables';
import type { ExportFile, MeasureId, ReportFilters, ReportView } from '../../shared/schemas/reports';
import type { ReadableDB } from '../db/connection';
import { getMeta } from '../db/queries/meta';
import type { SessionUser } from '../security/session';
import { buildReport } from './build';
import { boardReportPdf } from './pdf/board-report';

/** File names say what and when: hearth-board-report-2026-04-01-to-2026-06-30-C33.pdf. */
export function exportName(kind: string, v: Pick<ReportView, 'period' | 'partners' | 'allPartners' | 'category'>, ext: string): string {
  const who = v.allPartners ? 'all-partners' : v.partners.map((p) => p.code).join('-');
  const what = v.category === 'all' ? '' : `-${v.category}`;
  return safeFileName(`hearth-${kind}-${v.period.from}-to-${v.period.to}-${who}${what}`, ext);
}

export async function exportPdf(db: ReadableDB, user: SessionUser, filters: ReportFilters, now: Date): Promise<{ file: ExportFile; view: ReportView }> {
  const view = buildReport(db, user, filters, now, true);
  const bytes = await boardReportPdf(view, getMeta(db, 'workspace_name') ?? 'Hearth');
  return { view, file: { fileName: exportName('board-report', view, 'pdf'), mediaType: 'application/pdf', bytes } };
}

export function exportCsv(db: ReadableDB, user: SessionUser, filters: ReportFilters, measure: MeasureId, now: Date): { file: ExportFile; view: ReportView } {
  const view = buildReport(db, user, filters, now, true);
  const bytes = Buffer.from(tableToCsv(reportTable(view, measure)), 'utf8');
  return { view, file: { fileName: exportName(measure, view, 'csv'), mediaType: 'text/csv', bytes } };
}
