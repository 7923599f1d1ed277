import type { CaseListQuery } from '../../../../../shared/schemas/cases';

export type ListFilters = Pick<CaseListQuery, 'query' | 'partner' | 'status' | 'category' | 'flag' | 'risk' | 'mine' | 'sort' | 'page'>;

export const PAGE_SIZE = 25;

export const NO_FILTERS: ListFilters = { query: '', partner: null, status: null, category: null, flag: null, risk: null, mine: false, sort: 'received-desc', page: 1 };

export const isFiltered = (f: ListFilters) => f.query.trim() !== '' || f.partner !== null || f.status !== null || f.category !== null || f.flag !== null || f.risk !== null || f.mine;

export const SORTS: readonly { value: CaseListQuery['sort']; label: string }[] = [
  { value: 'received-desc', label: 'Newest first' },
  { value: 'received-asc', label: 'Oldest first' },
  { value: 'updated-desc', label: 'Recently changed' },
  { value: 'ref', label: 'Reference' },
];
