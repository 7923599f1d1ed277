import { formatDateTime } from '../../../../shared/time/format';
import type { RegisterRow } from '../../../../shared/schemas/actions';
import { fromIsoDate } from '../../../../shared/time/input';
import { caseHref } from '../../hooks/useHashRoute';
import { DataTable } from '../../ui/DataTable';
import { resultLines, statusWords } from '../actions';

/** One line per court action, soonest hearing first (main's order). */
export function RegisterTable({ rows }: { rows: readonly RegisterRow[] }) {
  return (
    <DataTable
      className="register-table"
      caption={`${rows.length} court action${rows.length === 1 ? '' : 's'}`}
      rows={rows}
      rowKey={(r) => r.actionId}
      columns={[
        {
          header: 'Case',
          rowHeader: true,
          cell: (r) => (
            <>
              <a href={caseHref(r.caseId)}>{r.ref}</a>
              <span className="register-table__sub">{r.partner}</span>
            </>
          ),
        },
        {
          header: 'Action',
          cell: (r) => (
            <>
              {r.label}
              {r.subjectName && <span className="register-table__sub">against {r.subjectName}</span>}
              <span className="register-table__sub">
                {r.court || 'Court not recorded'}
                {r.claimNumber && `, ${r.claimNumber}`}
              </span>
            </>
          ),
        },
        { header: 'Next hearing', className: 'nowrap', cell: (r) => (r.nextHearingAt ? formatDateTime(r.nextHearingAt) : 'None listed') },
        {
          header: 'Expires',
          cell: (r) => (
            <>
              <span className="nowrap">{r.expiresOn ? fromIsoDate(r.expiresOn) : 'Not set'}</span>
              {r.renewalDue && <span className="tag tag--warning register-table__ground">Expires soon: decide on renewal</span>}
            </>
          ),
        },
        {
          header: 'Breaches',
          cell: (r) => (
            <>
              {r.breaches === 0 ? 'None' : `${r.breaches} (${r.provenBreaches} proven)`}
              {r.lastBreachAt && <span className="register-table__sub">last {formatDateTime(r.lastBreachAt)}</span>}
              {r.absoluteGroundOpen && <span className="tag tag--warning register-table__ground">Absolute ground condition met</span>}
            </>
          ),
        },
        { header: 'Status', cell: (r) => statusWords(r.kind, r.status) },
        { header: 'Result', cell: (r) => <ResultCell row={r} /> },
      ]}
    />
  );
}

/** P5.10, P5.17–5.20: damages, a costs order, the offence and the police outcome, once recorded. */
function ResultCell({ row }: { row: RegisterRow }) {
  if (!row.result) return <span className="secondary-text">Not recorded</span>;
  return (
    <>
      {resultLines(row.result).map((line) => (
        <span key={line} className="register-table__sub">
          {line}
        </span>
      ))}
    </>
  );
}
