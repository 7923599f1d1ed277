import type { ReactNode } from 'react';
import { formatDateTime } from '../../../../shared/time/format';
import { caseHref } from '../../hooks/useHashRoute';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import type { DashboardLine } from './dashboardLine';
import { isOverdue, relativeDue } from './dueText';
import { RecordFactButton } from './RecordFactButton';
import { UrgentTag } from './UrgentTag';

interface Props {
  id: string;
  title: string;
  /** This page's lines. */
  lines: readonly DashboardLine[];
  /** How many the section holds under the filters, on every page. */
  total: number;
  /** Said when the section is empty: calm and specific ("Nothing overdue. Well done."). */
  empty: string;
  now: number;
  canWaive: boolean;
  onRecord: (line: DashboardLine) => void;
  onWaive: (line: DashboardLine) => void;
  /** The pager, under the table. */
  children?: ReactNode;
}

/** One section of the dashboard: each due item, the case, what to do, when and whose. A restricted case shows only its reference and time. */
export function DeadlineSection({ id, title, lines, total, empty, now, canWaive, onRecord, onWaive, children }: Props) {
  const heading = `${id}-heading`;
  return (
    <section className={`due-section due-section--${id}`} aria-labelledby={heading}>
      <h2 id={heading}>
        {title} <span className={total ? 'due-section__count due-section__count--some' : 'due-section__count'}>{total}</span>
      </h2>
      {total === 0 ? (
        <p className="due-section__empty">
          <span aria-hidden="true">✓ </span>
          {empty}
        </p>
      ) : (
        <DataTable
          className="due-table"
          caption={`${title}: ${total} item${total === 1 ? '' : 's'}`}
          captionHidden
          rows={lines}
          rowKey={(line) => `${line.caseId}-${line.ruleId}-${line.occurrence}`}
          rowProps={(line) => ({ className: line.urgent ? 'due-row due-row--urgent' : 'due-row' })}
          columns={[
            {
              header: 'Case',
              rowHeader: true,
              className: 'nowrap',
              cell: (line) => (
                <>
                  <a href={caseHref(line.caseId)}>{line.ref}</a>
                  {line.restricted && <span className="tag due-row__restricted">Restricted</span>}
                </>
              ),
            },
            {
              header: 'What to do',
              cell: (line) => (
                <>
                  <p className="due-row__what">
                    {line.urgent && <UrgentTag />} {line.restricted ? <span className="secondary-text">Open the case to see what is due.</span> : line.label}
                  </p>
                  {!line.restricted && (
                    <div className="row-actions due-row__actions">
                      <RecordFactButton line={line} onRecord={onRecord} />
                      {canWaive && (
                        <Button small variant="secondary" onClick={() => onWaive(line)}>
                          Waive…<span className="visually-hidden"> {line.label} on case {line.ref}</span>
                        </Button>
                      )}
                    </div>
                  )}
                </>
              ),
            },
            {
              header: 'Due',
              className: 'nowrap',
              cell: (line) => (
                <>
                  {formatDateTime(line.dueAt)}
                  <span className={isOverdue(line.dueAt, now) ? 'due-when due-when--late' : 'due-when'}>{relativeDue(line.dueAt, now)}</span>
                </>
              ),
            },
            { header: 'Officer', className: 'nowrap', cell: (line) => (line.restricted ? '' : (line.ownerName ?? <span className="secondary-text">Not assigned</span>)) },
          ]}
        />
      )}
      {children}
    </section>
  );
}
