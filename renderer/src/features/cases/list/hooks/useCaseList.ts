import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { hearthQuery } from '../../../../api/queries';
import { PAGE_SIZE, type ListFilters } from '../query';

/**
 * One page of cases for the filters. The previous page stays on screen while the next loads (no flash
 * of "Loading" on every key); `busy` says a newer answer is on its way.
 */
export function useCaseList(filters: ListFilters) {
  const query = useQuery({ ...hearthQuery('case:list', { ...filters, pageSize: PAGE_SIZE }), placeholderData: keepPreviousData });
  return { query, busy: query.isPlaceholderData };
}
