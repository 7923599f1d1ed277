import { fmtChange, fmtInt, fmtMoney, fmtPercent, fmtRate } from '../../../../shared/reports/format';
import { summaryRows } from '../../../../shared/reports/tables';
import type { ReportView } from '../../../../shared/schemas/reports';

const SHOWN = ['New cases received', 'NM01: ASB cases per 1,000 homes', 'NM01: hate-incident cases per 1,000 homes', 'Service-standard deadlines met on time', 'Cases resolved on time', 'Satisfied with case handling (of responses)'];

function show(v: number | null, unit: 'count' | 'rate' | 'percent' | 'money'): string {
  if (v === null) return 'n/a';
  return unit === 'count' ? fmtInt(v) : unit === 'rate' ? fmtRate(v) : unit === 'percent' ? fmtPercent(v) : fmtMoney(v);
}

/** The headline figures, each with the change on the previous period in words (never colour alone). */
export function SummaryCards({ view }: { view: ReportView }) {
  const rows = summaryRows(view.current, view.prior).filter((r) => SHOWN.includes(r.label));
  return (
    <ul className="report-cards" aria-label="Headline figures">
      {rows.map((r) => (
        <li key={r.label} className="report-card">
          <span className="report-card__value">{show(r.now, r.unit)}</span>
          <span className="report-card__label">{r.label.replace('NM01: ', '').replace(' (of responses)', '')}</span>
          {view.prior && (
            <span className="report-card__change">{fmtChange(r.now, r.before, r.unit)} on the previous period</span>
          )}
        </li>
      ))}
    </ul>
  );
}
