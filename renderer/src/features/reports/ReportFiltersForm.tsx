import { CATEGORIES } from '../../../../shared/domain/vocabulary';
import type { ReportCategory } from '../../../../shared/schemas/reports';
import { SelectField } from '../../ui/SelectField';
import { fromIsoDate, toIsoDate } from '../../../../shared/time/input';
import { DateField } from '../../ui/DateField';
import { choosePeriod, type FilterState, periodOptions } from './filters';

interface Props {
  value: FilterState;
  onChange: (next: FilterState) => void;
  today: string;
  partners: readonly { code: string; name: string }[];
  problem: string | null;
}

const CATEGORY_OPTIONS = [{ value: 'all', label: 'All categories' }, ...CATEGORIES.map((c) => ({ value: c.code, label: c.label }))];

/** Period, partner and category. Each change shows the new report at once; there is nothing to submit. */
export function ReportFiltersForm({ value, onChange, today, partners, problem }: Props) {
  const partnerOptions = [{ value: '', label: partners.length ? `All my partners (${partners.length})` : 'All my partners' }, ...partners.map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }))];
  return (
    <form className="report-filters" aria-label="Report filters" onSubmit={(e) => e.preventDefault()}>
      <SelectField id="report-period" label="Period" value={value.choice} onChange={(choice) => onChange(choosePeriod(value, choice))} options={periodOptions(today)} />
      {value.choice === 'custom' && (
        <>
          <DateField id="report-from" label="From" value={fromIsoDate(value.from)} onChange={(from) => onChange({ ...value, from: toIsoDate(from) ?? from })} error={problem} />
          <DateField id="report-to" label="To" value={fromIsoDate(value.to)} onChange={(to) => onChange({ ...value, to: toIsoDate(to) ?? to })} />
        </>
      )}
      <SelectField id="report-partner" label="Partner" value={value.partner} onChange={(partner) => onChange({ ...value, partner })} options={partnerOptions} />
      <SelectField id="report-category" label="Cases" value={value.category} onChange={(category) => onChange({ ...value, category: category as ReportCategory })} options={CATEGORY_OPTIONS} />
    </form>
  );
}
