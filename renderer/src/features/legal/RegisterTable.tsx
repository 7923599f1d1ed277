import { formatDateTime } from '../../../../shared/format/dates';
import type { RegisterRow } from '../../../../shared/schemas/actions';
import { STATUS_LABELS } from '../actions/labels';
import { fromIsoDate } from '../cases/format/londonInput';
import { caseHref } from '../cases/labels';

/** One line per court action, soonest hearing first (main's order). */
export function RegisterTable({ rows }: { rows: readonly RegisterRow[] }) {
  return (
    <div className="table-wrap">
      <table className="table register-table">
        <caption>
          {rows.length} court action{rows.length === 1 ? '' : 's'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Case</th>
            <th scope="col">Action</th>
            <th scope="col">Next hearing</th>
            <th scope="col">Expires</th>
            <th scope="col">Breaches</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.actionId}>
              <th scope="row">
                <a href={caseHref(r.caseId)}>{r.ref}</a>
                <span className="register-table__sub">{r.partner}</span>
              </th>
              <td>
                {r.label}
                {r.subjectName && <span className="register-table__sub">against {r.subjectName}</span>}
                <span className="register-table__sub">
                  {r.court || 'Court not recorded'}
                  {r.claimNumber && `, ${r.claimNumber}`}
                </span>
              </td>
              <td className="nowrap">{r.nextHearingAt ? formatDateTime(r.nextHearingAt) : 'None listed'}</td>
              <td className="nowrap">{r.expiresOn ? fromIsoDate(r.expiresOn) : 'Not set'}</td>
              <td>
                {r.breaches === 0 ? 'None' : `${r.breaches} (${r.provenBreaches} proven)`}
                {r.lastBreachAt && <span className="register-table__sub">last {formatDateTime(r.lastBreachAt)}</span>}
                {r.absoluteGroundOpen && <span className="tag tag--warning register-table__ground">Absolute ground condition met</span>}
              </td>
              <td>{STATUS_LABELS[r.status] ?? r.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
