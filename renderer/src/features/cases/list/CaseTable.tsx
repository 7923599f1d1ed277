import { CASE_STATUSES, CATEGORIES, labelOf } from '../../../../../shared/domain/vocabulary';
import { formatDate } from '../../../../../shared/format/dates';
import type { CaseListRow } from '../../../../../shared/schemas/cases';
import { FlagTags } from '../components/FlagTags';
import { RiskTag } from '../components/RiskTag';
import { caseHref } from '../labels';

/** One page of cases. A restricted case shows only that it is restricted: opening it is audited. */
export function CaseTable({ rows }: { rows: readonly CaseListRow[] }) {
  return (
    <div className="table-wrap">
      <table className="table case-table">
        <caption className="visually-hidden">Cases</caption>
        <thead>
          <tr>
            <th scope="col">Case</th>
            <th scope="col">What and where</th>
            <th scope="col">Received</th>
            <th scope="col">Status</th>
            <th scope="col">Risk</th>
            <th scope="col">Officer</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="nowrap">
                <a href={caseHref(r.id)} className="case-table__ref">
                  {r.ref}
                </a>
                <span className="case-table__category">{labelOf(CATEGORIES, r.category)}</span>
              </th>
              <td>
                {r.restricted ? (
                  <span className="tag tag--restricted">Restricted</span>
                ) : (
                  <>
                    <span className="case-table__headline">{r.headline}</span>
                    {r.address && <span className="case-table__address">{r.address}</span>}
                  </>
                )}
                <FlagTags flags={r.flags} />
              </td>
              <td className="nowrap">{formatDate(r.receivedAt)}</td>
              <td>{labelOf(CASE_STATUSES, r.status)}</td>
              <td>
                <RiskTag level={r.riskLevel} />
              </td>
              <td>{r.ownerName ?? <span className="secondary-text">None</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
