import { useCallback, useMemo, useState } from 'react';
import '../../styles/reports.css';
import { reportCharts } from '../../../../shared/reports/charts';
import { londonToday } from '../../../../shared/reports/period';
import { displayTables } from '../../../../shared/reports/tables';
import { MEASURES, type MeasureId } from '../../../../shared/schemas/reports';
import type { Result } from '../../../../shared/result';
import type { ExportFile } from '../../../../shared/schemas/reports';
import { useChange } from '../../hooks/useChange';
import { useMyPartners } from '../../hooks/useMyPartners';
import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { useSession } from '../../hooks/useSession';
import { saveFile } from '../../ui/saveFile';
import { DrilldownPanel } from './DrilldownPanel';
import { ExportBar } from './ExportBar';
import { type FilterState, initialFilters, toReportFilters } from './filters';
import { HomesForm } from './HomesForm';
import { useDrilldown } from './hooks/useDrilldown';
import { useReport } from './hooks/useReport';
import { MeasureSection } from './MeasureSection';
import { ReportFiltersForm } from './ReportFiltersForm';
import { ReportHeader } from './ReportHeader';

/** Monitoring (issue 8, P7): the measures for a period with charts, comparison, drill-down and exports. */
export function ReportsPage() {
  const { can } = useSession();
  const today = useMemo(() => londonToday(new Date()), []);
  const [state, setState] = useState<FilterState>(() => initialFilters(today));
  const request = useMemo(() => toReportFilters(state), [state]);
  const filters = 'filters' in request ? request.filters : null;
  const report = useReport(filters);
  const view = report.data ?? null;
  const myPartners = useMyPartners().data ?? [];
  const drill = useDrilldown(filters);
  const { open: openDrill, close: closeDrill } = drill;
  const onDrill = useMemo(() => (view?.canDrill ? openDrill : null), [view?.canDrill, openDrill]);
  const charts = useMemo(() => (view ? reportCharts(view) : []), [view]);
  const exporting = useChange();
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  const changeFilters = useCallback((next: FilterState) => {
    setState(next);
    closeDrill();
  }, [closeDrill]);
  const exportFile = async (what: string, get: () => Promise<Result<ExportFile> | null>) => {
    setBusy(what);
    const r = await get();
    setBusy(null);
    if (!r) return;
    if (!r.ok) return setMessage({ tone: 'error', text: r.error.message });
    saveFile(r.value);
    setMessage({ tone: 'success', text: `Saved ${r.value.fileName}. The export is recorded in the audit log.` });
  };
  const csv = (measure: MeasureId) => filters && void exportFile(measure, () => exporting.run('report:csv', { filters, measure }));

  return (
    <>
      <div className="page__header">
        <Heading>Reports</Heading>
        <p>Monitoring for the board (policy section 7): what was reported, how fast we responded, what we did and what it cost. Aggregate figures; the notes under each section say how it is counted.</p>
      </div>
      <ReportFiltersForm value={state} onChange={changeFilters} today={today} partners={myPartners} problem={'problem' in request ? request.problem : null} />
      <ExportBar busy={busy === 'pdf'} disabled={!filters} onPdf={() => filters && void exportFile('pdf', () => exporting.run('report:pdf', { filters }))} />
      <div aria-live="polite">{message && <Notice tone={message.tone}><p>{message.text}</p></Notice>}</div>
      {report.isError && (
        <Notice tone="error" title="The report could not be made">
          <p>{report.error.message}</p>
        </Notice>
      )}
      {!view && report.isLoading && <p>Counting…</p>}
      {view && (
        <div className={report.isFetching ? 'report report--busy' : 'report'} aria-busy={report.isFetching}>
          <ReportHeader view={view} />
          {drill.target && <DrilldownPanel target={drill.target} cases={drill.cases} onClose={closeDrill} />}
          {MEASURES.map((m) => (
            <MeasureSection key={m} measure={m} charts={charts.filter((c) => c.measure === m)} tables={displayTables(view, m)} onDrill={onDrill} onCsv={csv} busy={busy === m}>
              {m === 'nm01' && can('partners.manage') && <HomesForm partners={myPartners} />}
            </MeasureSection>
          ))}
        </div>
      )}
    </>
  );
}
