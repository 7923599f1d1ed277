import { formatDate, formatTime } from '../../../../../shared/time/format';
import type { ChronologyItem } from '../../../../../shared/schemas/cases';
import { DataTable } from '../../../ui/DataTable';
import { kindLabel } from './kinds';
import { ukDatesIn } from './ukDates';
import { policyWords } from '../../../../../shared/domain/policy-paragraphs';

/**
 * The chronology as a table. Its first header row shows only on paper: browsers repeat a table's
 * header on every printed page, so each page carries the case reference.
 */
export function ChronologyTable({ caseRef, items }: { caseRef: string; items: readonly ChronologyItem[] }) {
  return (
    <DataTable
      className="chronology-table"
      caption={`Chronology of ${caseRef}, oldest first`}
      captionHidden
      headBefore={
        <tr className="print-only">
          <th colSpan={4}>{caseRef}: chronology</th>
        </tr>
      }
      rows={items}
      rowKey={(i) => `${i.kind}-${i.id}`}
      rowProps={(i) => ({ className: `chronology-row chronology-row--${i.kind}` })}
      columns={[
        {
          header: 'When',
          headerClassName: 'chronology-table__when',
          className: 'nowrap',
          cell: (i) => (
            <>
              {formatDate(i.at)}
              {/* Only a date was recorded: no time is shown rather than an invented one (issue 15). */}
              {!i.dateOnly && <span className="chronology-table__time">{formatTime(i.at)}</span>}
            </>
          ),
        },
        {
          header: 'What',
          headerClassName: 'chronology-table__what',
          cell: (i) => (
            <>
              <span className={`kind kind--${i.kind}`}>{kindLabel(i.kind)}</span>
              <span className="chronology-table__title">{ukDatesIn(policyWords(i.title))}</span>
            </>
          ),
        },
        { header: 'Details', className: 'chronology-table__detail', cell: (i) => ukDatesIn(i.detail) },
        { header: 'Recorded by', cell: (i) => i.by ?? '' },
      ]}
    />
  );
}
