import { useState } from 'react';
import { idIn, useHashPath } from '../../hooks/useHashRoute';
import { CaseListPage } from './list/CaseListPage';
import { type ListFilters, NO_FILTERS } from './list/query';
import { CaseViewPage } from './view/CaseViewPage';
import '../../styles/cases.css';

/**
 * "Cases": the list (#/cases), or one case (#/cases/123). The search and filters live here, so coming
 * back from a case finds the list as it was left; they are forgotten when the person signs out.
 */
export function CasesPage() {
  const id = idIn(useHashPath(), 'cases');
  const [filters, setFilters] = useState<ListFilters>(NO_FILTERS);
  return id === null ? <CaseListPage filters={filters} setFilters={setFilters} /> : <CaseViewPage key={id} id={id} />;
}
