import type { CaseListQuery, CaseListRow } from '../../shared/schemas/cases';
import type { Flag } from '../../shared/domain/vocabulary';
import type { ReadableDB } from '../db/connection';
import { parseList } from '../db/queries/json-column';
import type { SessionUser } from '../security/session';
import { toFtsQuery } from './search-index';
import { caseListPage } from './store';

/**
 * The case list with search, filters, sorting and pages. The same access rule as can() is applied in
 * SQL (partners, legal referral) so a page never holds a case the user could not open.
 *
 * A search (a query) leaves out restricted cases the user has not opened with a reason (`granted`): the
 * words may be a person's name, and a row would confirm that person is on a restricted case. Whether one
 * matched is answered only as restrictedMayMatch, with nothing about which (issue 13).
 */
export function listCases(db: ReadableDB, user: SessionUser, q: CaseListQuery, granted: ReadonlySet<number>): { total: number; rows: CaseListRow[]; restrictedMayMatch: boolean } {
  const { total, rows, restrictedMayMatch } = caseListPage(db, {
    partners: user.partners,
    referredOnly: user.role === 'legal',
    fts: toFtsQuery(q.query),
    partner: q.partner,
    status: q.status,
    category: q.category,
    risk: q.risk,
    ownerId: q.mine ? user.id : q.ownerId,
    flag: q.flag,
    granted: [...granted],
    sort: q.sort,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return {
    total,
    restrictedMayMatch,
    rows: rows.map((r) => ({
      id: r.id,
      ref: r.ref,
      partner: r.partner,
      category: r.category,
      status: r.status,
      receivedAt: r.received_at,
      updatedAt: r.updated_at,
      riskLevel: r.risk_level,
      flags: parseList<Flag>(r.flags),
      hateIncident: r.hate_incident === 1,
      restricted: r.restricted === 1,
      ownerName: r.owner_name,
      headline: r.restricted ? null : r.summary,
      address: r.restricted ? null : r.address,
    })),
  };
}
