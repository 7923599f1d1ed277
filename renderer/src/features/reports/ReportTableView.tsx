import type { ReportTable, TableCell } from '../../../../shared/reports/tables';
import type { DrillTarget } from './hooks/useDrilldown';

interface Props {
  table: ReportTable;
  onDrill: ((t: DrillTarget) => void) | null;
}

/**
 * A measure's table. A figure of the current period that stands for cases is a button (for people who
 * may drill down) that lists those cases; its name says which figure it is.
 */
export function ReportTableView({ table, onDrill }: Props) {
  const figure = (cell: TableCell, row: string, column: string) => {
    if (!cell.key || !onDrill || !cell.value) return cell.text;
    const label = `${row.trim()} — ${column}`;
    return (
      <button type="button" className="link-button" onClick={() => onDrill({ key: cell.key!, label })} aria-label={`${cell.text}, ${label}. List the cases`}>
        {cell.text}
      </button>
    );
  };
  return (
    <div className="table-wrap">
      <table className="table report-table">
        <caption className={table.caption ? 'report-table__caption' : 'visually-hidden'}>{table.caption ?? table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.label} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i} className={r.strong ? 'report-table__total' : undefined}>
              {r.cells.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell.text}
                  </th>
                ) : (
                  <td key={j} className={table.columns[j]!.numeric ? 'num' : undefined}>
                    {figure(cell, r.cells[0]!.text, table.columns[j]!.label)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
