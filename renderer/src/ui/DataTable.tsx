import type { HTMLAttributes, Key, ReactNode } from 'react';

export interface Column<R> {
  /** The column's header: words, or a visually hidden label for a column of buttons. */
  header: ReactNode;
  cell: (row: R, index: number) => ReactNode;
  /** This column names the row: its cells are <th scope="row">, which screen readers announce with each cell. */
  rowHeader?: boolean;
  /** A class for this column's cells, such as 'nowrap' or 'num'. */
  className?: string;
  /** A class for the header cell (cells and header are styled apart: a nowrap cell may have a wrapping header). */
  headerClassName?: string;
}

interface Props<R> {
  caption: ReactNode;
  /** The caption is for screen readers only (the heading above already says what the table is). */
  captionHidden?: boolean;
  captionClassName?: string;
  /** More classes for the <table> (it always has 'table'). */
  className?: string;
  /** Leave a column out with `false`, e.g. `canEdit && { … }`. */
  columns: readonly (Column<R> | false | null | undefined)[];
  rows: readonly R[];
  rowKey: (row: R, index: number) => Key;
  rowProps?: (row: R, index: number) => HTMLAttributes<HTMLTableRowElement>;
  /** Header rows before the column headers, e.g. one that shows only on paper. */
  headBefore?: ReactNode;
  /**
   * A long or wide table scrolls in its own box; naming the box makes it a focusable region so a
   * keyboard can scroll it (WCAG 2.1.1).
   */
  scrollLabel?: string;
  /** 'group' where a 'region' of the same name would clash with the panel around the table. */
  scrollRole?: 'region' | 'group';
  wrapClassName?: string;
}

/**
 * The app's one table: the scrolling wrapper, the caption, column headers with scope, and each row's
 * header cell. Features say what the columns are; the markup is the same everywhere.
 */
export function DataTable<R>({ caption, captionHidden = false, captionClassName, className, columns, rows, rowKey, rowProps, headBefore, scrollLabel, scrollRole = 'region', wrapClassName }: Props<R>) {
  const shown = columns.filter((c): c is Column<R> => Boolean(c));
  const wrap = ['table-wrap', wrapClassName].filter(Boolean).join(' ');
  const scroll = scrollLabel ? { tabIndex: 0, role: scrollRole, 'aria-label': scrollLabel } : {};
  return (
    <div className={wrap} {...scroll}>
      <table className={['table', className].filter(Boolean).join(' ')}>
        <caption className={[captionHidden ? 'visually-hidden' : null, captionClassName].filter(Boolean).join(' ') || undefined}>{caption}</caption>
        <thead>
          {headBefore}
          <tr>
            {shown.map((c, i) => (
              <th key={i} scope="col" className={c.headerClassName}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={rowKey(row, r)} {...rowProps?.(row, r)}>
              {shown.map((c, i) =>
                c.rowHeader ? (
                  <th key={i} scope="row" className={c.className}>
                    {c.cell(row, r)}
                  </th>
                ) : (
                  <td key={i} className={c.className}>
                    {c.cell(row, r)}
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

/** A column header that is there for screen readers only (a column of buttons). */
export function HiddenHeader({ children }: { children: string }) {
  return <span className="visually-hidden">{children}</span>;
}
