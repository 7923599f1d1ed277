import { CASE_STATUSES, CATEGORIES, FLAGS, RISK_LEVELS } from '../../../../../shared/domain/vocabulary';
import type { CaseListQuery } from '../../../../../shared/schemas/cases';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { CheckboxField } from '../../../ui/CheckboxField';
import { useMyPartners } from '../../../hooks/useMyPartners';
import { isFiltered, type ListFilters, SORTS } from './query';
import { optionsOf } from '../../../ui/options';

interface Props {
  filters: ListFilters;
  onChange: (patch: Partial<ListFilters>) => void;
  onClear: () => void;
}

/** The search box and the filters; every change asks again at once (the search after a pause). */
export function CaseFilters({ filters, onChange, onClear }: Props) {
  const partners = useMyPartners();
  const partnerOptions = [{ value: '', label: 'All partners' }, ...(partners.data ?? []).map((p) => ({ value: p.code, label: p.name }))];
  const pick = <K extends keyof ListFilters>(key: K) => (value: string) => onChange({ [key]: value === '' ? null : value } as Partial<ListFilters>);
  return (
    <div role="search" className="case-filters" aria-label="Search and filter cases">
      <TextField id="cases-search" label="Search cases" type="search" value={filters.query} onChange={(query) => onChange({ query })} autoComplete="off" hint="Names, addresses, references or words from the report." />
      <div className="case-filters__row">
        <SelectField id="cases-partner" label="Partner" value={filters.partner ?? ''} onChange={pick('partner')} options={partnerOptions} />
        <SelectField id="cases-status" label="Status" value={filters.status ?? ''} onChange={pick('status')} options={optionsOf(CASE_STATUSES, 'Any status')} />
        <SelectField id="cases-category" label="Category" value={filters.category ?? ''} onChange={pick('category')} options={optionsOf(CATEGORIES, 'Any category')} />
        <SelectField id="cases-flag" label="Flag" value={filters.flag ?? ''} onChange={pick('flag')} options={optionsOf(FLAGS, 'Any flag')} />
        <SelectField id="cases-risk" label="Risk" value={filters.risk ?? ''} onChange={pick('risk')} options={optionsOf(RISK_LEVELS, 'Any risk')} />
      </div>
      <div className="case-filters__row case-filters__row--end">
        <CheckboxField id="cases-mine" label="Only my cases" checked={filters.mine} onChange={(mine) => onChange({ mine })} />
        {isFiltered(filters) && (
          <button type="button" className="link-button" onClick={onClear}>
            Clear the search and filters
          </button>
        )}
        <div className="case-filters__sort">
          <SelectField id="cases-sort" label="Sort by" value={filters.sort} onChange={(sort) => onChange({ sort: sort as CaseListQuery['sort'] })} options={SORTS} />
        </div>
      </div>
    </div>
  );
}
