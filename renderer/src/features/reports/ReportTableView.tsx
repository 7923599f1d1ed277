import type { ReportTable, TableCell } from '../../../../shared/reports/tables';
import { DataTable } from '../../ui/DataTable';
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
    <DataTable
      className="report-table"
      caption={table.caption ?? table.title}
      captionHidden={!table.caption}
      captionClassName={table.caption ? 'report-table__caption' : undefined}
      rows={table.rows}
      rowKey={(_r, i) => i}
      rowProps={(r) => (r.strong ? { className: 'report-table__total' } : {})}
      columns={table.columns.map((c, j) => ({
        header: c.label,
        headerClassName: c.numeric ? 'num' : undefined,
        rowHeader: j === 0,
        className: j > 0 && c.numeric ? 'num' : undefined,
        cell: (r: ReportTable['rows'][number]) => (j === 0 ? r.cells[0]!.text : figure(r.cells[j]!, r.cells[0]!.text, c.label)),
      }))}
    />
  );
}
