import { CATEGORIES, labelOf } from '../../../../shared/domain/vocabulary';
import type { ReportView } from '../../../../shared/schemas/reports';
import { SummaryCards } from './SummaryCards';

/** What the report covers, said in words, then its headline figures. */
export function ReportHeader({ view }: { view: ReportView }) {
  const who = view.allPartners ? `all ${view.partners.length} of your partners` : view.partners.map((p) => `${p.name} (${p.code})`).join(', ');
  const what = view.category === 'all' ? 'all categories' : labelOf(CATEGORIES, view.category).toLowerCase();
  return (
    <section className="report-header" aria-labelledby="report-period">
      <h2 id="report-period">{view.period.label}</h2>
      <p className="lede">
        {who}; {what}.{view.previous && <> Compared with {view.previous.label}.</>}
      </p>
      <SummaryCards view={view} />
    </section>
  );
}
