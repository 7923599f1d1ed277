import type { ChartSpec } from '../../../../shared/reports/charts';
import { DEFINITIONS, MEASURE_TITLES } from '../../../../shared/reports/definitions';
import type { ReportTable } from '../../../../shared/reports/tables';
import type { MeasureId } from '../../../../shared/schemas/reports';
import { Button } from '../../ui/Button';
import { ChartCanvas } from './ChartCanvas';
import type { DrillTarget } from './hooks/useDrilldown';
import { ReportTableView } from './ReportTableView';
import { PolicyText } from '../../ui/PolicyText';

interface Props {
  measure: MeasureId;
  charts: readonly ChartSpec[];
  tables: readonly ReportTable[];
  onDrill: ((t: DrillTarget) => void) | null;
  onCsv: (measure: MeasureId) => void;
  busy: boolean;
  children?: React.ReactNode;
}

/** One measure: its charts, its table, how it is counted, and its CSV. */
export function MeasureSection({ measure, charts, tables, onDrill, onCsv, busy, children }: Props) {
  const id = `measure-${measure}`;
  return (
    <section className="card report-section" aria-labelledby={id}>
      <div className="report-section__head">
        <h2 id={id}>{MEASURE_TITLES[measure]}</h2>
        <Button variant="secondary" small busy={busy} busyLabel="Preparing the CSV…" onClick={() => onCsv(measure)} aria-label={`Download ${MEASURE_TITLES[measure]} as CSV`}>
          Download CSV
        </Button>
      </div>
      {charts.length > 0 && (
        <div className="report-section__charts">
          {charts.map((c) => (
            <ChartCanvas key={c.id} spec={c} onDrill={onDrill} />
          ))}
        </div>
      )}
      <div className="report-section__tables">
        {tables.map((t) => (
          <ReportTableView key={t.caption ?? t.title} table={t} onDrill={measure === 'equality' ? null : onDrill} />
        ))}
      </div>
      {children}
      <details className="report-section__definition">
        <summary>How this is counted</summary>
        <p><PolicyText text={DEFINITIONS[measure]} /></p>
      </details>
    </section>
  );
}
