import { formatDate, formatTime } from '../../../../../shared/format/dates';
import type { ChronologyItem } from '../../../../../shared/schemas/cases';
import { kindLabel } from './kinds';
import { ukDatesIn } from './ukDates';

/**
 * The chronology as a table. Its first header row shows only on paper: browsers repeat a table's
 * header on every printed page, so each page carries the case reference.
 */
export function ChronologyTable({ caseRef, items }: { caseRef: string; items: readonly ChronologyItem[] }) {
  return (
    <div className="table-wrap">
      <table className="table chronology-table">
        <caption className="visually-hidden">Chronology of {caseRef}, oldest first</caption>
        <thead>
          <tr className="print-only">
            <th colSpan={4}>{caseRef}: chronology</th>
          </tr>
          <tr>
            <th scope="col" className="chronology-table__when">
              When
            </th>
            <th scope="col" className="chronology-table__what">
              What
            </th>
            <th scope="col">Details</th>
            <th scope="col">Recorded by</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => (
            <tr key={`${i.kind}-${i.id}`} className={`chronology-row chronology-row--${i.kind}`}>
              <td className="nowrap">
                {formatDate(i.at)}
                <span className="chronology-table__time">{formatTime(i.at)}</span>
              </td>
              <td>
                <span className={`kind kind--${i.kind}`}>{kindLabel(i.kind)}</span>
                <span className="chronology-table__title">{ukDatesIn(i.title)}</span>
              </td>
              <td className="chronology-table__detail">{ukDatesIn(i.detail)}</td>
              <td>{i.by ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
