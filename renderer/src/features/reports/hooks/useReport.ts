import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReportFilters } from '../../../../../shared/schemas/reports';
import { hearthQueryWhen } from '../../../api/queries';

/**
 * The report for the filters (compared with the period before), through the query cache: while a new
 * one is counted the last one stays on screen, dimmed. A homes figure recorded here makes it stale.
 */
export function useReport(filters: ReportFilters | null) {
  return useQuery({
    ...hearthQueryWhen('report:get', filters && { filters, compare: true }),
    placeholderData: keepPreviousData,
  });
}
