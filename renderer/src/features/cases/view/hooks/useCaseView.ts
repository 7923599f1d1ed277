import { useCaseRead } from '../../../../hooks/useCaseRead';

/**
 * One case, through the query cache: read when the screen opens and again whenever a change on the case
 * invalidates it. A restricted case answers 'reason-required' until a reason is given; the reason is
 * sent once and opens the case to this session for a while, so the reads after a change do not renew it
 * (hooks/useCaseRead).
 */
export function useCaseView(id: number) {
  return useCaseRead({ id });
}
