import { useEffect, useRef } from 'react';
import { CATEGORIES, CASE_STATUSES, labelOf } from '../../../../shared/domain/vocabulary';
import { formatDate } from '../../../../shared/time/format';
import { Button } from '../../ui/Button';
import { caseHref } from '../../hooks/useHashRoute';
import { DataTable } from '../../ui/DataTable';
import { Notice } from '../../ui/Notice';
import type { UseQueryResult } from '@tanstack/react-query';
import type { DrilldownView } from '../../../../shared/schemas/reports';
import type { HearthError } from '../../api/queries';
import type { DrillTarget } from './hooks/useDrilldown';

/**
 * The cases behind a figure: references to open, never names. It takes focus when it opens so keyboard
 * and screen-reader users land on it; Close returns them to the report.
 */
interface Props {
  target: DrillTarget;
  cases: UseQueryResult<DrilldownView, HearthError>;
  onClose: () => void;
}

export function DrilldownPanel({ target, cases, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [target.key]);
  return (
    <section className="panel report-drill" aria-labelledby="report-drill-heading">
      <div className="panel__head">
        <h2 id="report-drill-heading" ref={heading} tabIndex={-1}>
          Cases behind: {target.label}
        </h2>
        <Button variant="secondary" small onClick={onClose}>
          Close the list
        </Button>
      </div>
      {cases.isPending && <p>Finding the cases…</p>}
      {cases.isError && (
        <Notice tone="error" title="The cases could not be listed">
          <p>{cases.error.message}</p>
        </Notice>
      )}
      {cases.isSuccess && (
        <>
          <p aria-live="polite">
            {cases.data.total === 1 ? '1 case' : `${cases.data.total} cases`}
            {cases.data.truncated ? `; the first ${cases.data.cases.length} are listed` : ''}. Only cases you may open are listed; opening one is recorded as usual.
          </p>
          {cases.data.cases.length > 0 && (
            <DataTable
              caption={`Cases behind ${target.label}`}
              captionHidden
              rows={cases.data.cases}
              rowKey={(c) => c.id}
              columns={[
                {
                  header: 'Case',
                  rowHeader: true,
                  cell: (c) => (
                    <>
                      <a href={caseHref(c.id)}>{c.ref}</a>
                      {c.restricted && <span className="tag tag--warning">Restricted</span>}
                    </>
                  ),
                },
                { header: 'Partner', cell: (c) => c.partner },
                { header: 'Category', cell: (c) => labelOf(CATEGORIES, c.category) },
                { header: 'Received', cell: (c) => formatDate(c.receivedAt) },
                { header: 'Status', cell: (c) => labelOf(CASE_STATUSES, c.status) },
              ]}
            />
          )}
        </>
      )}
    </section>
  );
}
