import { CASE_STATUSES, CATEGORIES, labelOf } from '../../../../../shared/domain/vocabulary';
import { formatDate } from '../../../../../shared/time/format';
import type { CaseListRow } from '../../../../../shared/schemas/cases';
import { FlagTags } from '../components/FlagTags';
import { DataTable } from '../../../ui/DataTable';
import { RiskTag } from '../components/RiskTag';
import { caseHref } from '../../../hooks/useHashRoute';

/** One page of cases. A restricted case shows only that it is restricted: opening it is audited. */
export function CaseTable({ rows }: { rows: readonly CaseListRow[] }) {
  return (
    <DataTable
      className="case-table"
      caption="Cases"
      captionHidden
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        {
          header: 'Case',
          rowHeader: true,
          className: 'nowrap',
          cell: (r) => (
            <>
              <a href={caseHref(r.id)} className="case-table__ref">
                {r.ref}
              </a>
              <span className="case-table__category">{labelOf(CATEGORIES, r.category)}</span>
            </>
          ),
        },
        {
          header: 'What and where',
          cell: (r) => (
            <>
              {r.restricted ? (
                <span className="tag tag--restricted">Restricted</span>
              ) : (
                <>
                  <span className="case-table__headline">{r.headline}</span>
                  {r.address && <span className="case-table__address">{r.address}</span>}
                </>
              )}
              <FlagTags flags={r.flags} />
            </>
          ),
        },
        { header: 'Received', className: 'nowrap', cell: (r) => formatDate(r.receivedAt) },
        { header: 'Status', cell: (r) => labelOf(CASE_STATUSES, r.status) },
        { header: 'Risk', cell: (r) => <RiskTag level={r.riskLevel} /> },
        { header: 'Officer', cell: (r) => r.ownerName ?? <span className="secondary-text">None</span> },
      ]}
    />
  );
}
