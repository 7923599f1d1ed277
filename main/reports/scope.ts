import { AppError } from '../../shared/result';
import type { ReportFilters } from '../../shared/schemas/reports';
import type { ReadableDB } from '../db/connection';
import type { SessionUser } from '../security/session';
import { partnersByCode } from './store';

export interface ReportScope {
  partners: { code: string; name: string }[];
  /** No partner filter: every partner the person works for. */
  allPartners: boolean;
}

/**
 * Which partners a report covers: those asked for, which must all be partners the person works for
 * (can() decides who may read reports at all; this decides whose figures). Asking for another partner
 * is refused rather than quietly dropped, so a report never looks complete when it is not.
 */
export function resolveScope(db: ReadableDB, user: SessionUser, filters: Pick<ReportFilters, 'partners'>): ReportScope {
  const mine = new Set(user.partners);
  const asked = [...new Set(filters.partners)];
  const outside = asked.filter((p) => !mine.has(p));
  if (outside.length) throw new AppError('forbidden', `You do not work for ${outside.length === 1 ? 'partner' : 'partners'} ${outside.join(', ')}, so their figures are not yours to report.`);
  const codes = asked.length ? asked : [...mine];
  const rows = partnersByCode(db, codes);
  if (asked.length && rows.length !== asked.length) throw new AppError('not-found', 'One of the partners asked for does not exist.');
  return { partners: rows, allPartners: asked.length === 0 };
}
