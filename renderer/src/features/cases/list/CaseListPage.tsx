import type { Dispatch, SetStateAction } from 'react';
import { Heading } from '../../../ui/Heading';
import { Notice } from '../../../ui/Notice';
import { useSession } from '../../../hooks/useSession';
import { useDebounced } from '../../../hooks/useDebounced';
import { REPORT_HREF } from '../labels';
import { CaseFilters } from './CaseFilters';
import { CaseTable } from './CaseTable';
import { EmptyCases } from './EmptyCases';
import { useCaseList } from './hooks/useCaseList';
import { Pagination } from './Pagination';
import { isFiltered, type ListFilters, NO_FILTERS } from './query';

interface Props {
  filters: ListFilters;
  setFilters: Dispatch<SetStateAction<ListFilters>>;
}

/** The case list: search as you type (after a short pause), filters, sorting and pages of 25. */
export function CaseListPage({ filters, setFilters }: Props) {
  const { can } = useSession();
  const query = useDebounced(filters.query, 250);
  const { query: loaded, busy } = useCaseList({ ...filters, query });
  const change = (patch: Partial<ListFilters>) => setFilters((f) => ({ ...f, page: 1, ...patch }));
  const filtered = isFiltered(filters);

  return (
    <>
      <div className="page__header page__header--row">
        <div>
          <Heading>Cases</Heading>
          <p>Every case you can see, newest first. Search by name, address, reference or words from the report.</p>
        </div>
        {can('cases.create') && (
          <a className="button" href={REPORT_HREF}>
            Report an incident
          </a>
        )}
      </div>
      <CaseFilters filters={filters} onChange={change} onClear={() => setFilters(NO_FILTERS)} />
      {loaded.isPending && <p>Loading the cases…</p>}
      {loaded.isError && (
        <Notice tone="error" title="The cases could not be loaded">
          <p>{loaded.error.message}</p>
        </Notice>
      )}
      {loaded.isSuccess && (
        <div className={busy ? 'case-results case-results--busy' : 'case-results'} aria-busy={busy}>
          <p className="case-results__count" role="status">
            {loaded.data.total === 0 ? 'No cases found' : `${loaded.data.total} case${loaded.data.total === 1 ? '' : 's'}${filtered ? ' found' : ''}`}
          </p>
          {loaded.data.restrictedMayMatch && (
            <Notice tone="warning" title="A restricted case may match">
              <p>Restricted cases are not searched here, and this search may match one. Ask a manager if you need to know.</p>
            </Notice>
          )}
          {loaded.data.total === 0 ? (
            <EmptyCases filtered={filtered} canCreate={can('cases.create')} onClear={() => setFilters(NO_FILTERS)} />
          ) : (
            <>
              <CaseTable rows={loaded.data.rows} />
              <Pagination page={loaded.data.page} total={loaded.data.total} pageSize={loaded.data.pageSize} onPage={(page) => setFilters((f) => ({ ...f, page }))} />
            </>
          )}
        </div>
      )}
    </>
  );
}
