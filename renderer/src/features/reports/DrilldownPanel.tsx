import { useEffect, useRef } from 'react';
import { CATEGORIES, CASE_STATUSES, labelOf } from '../../../../shared/domain/vocabulary';
import { formatDate } from '../../../../shared/format/dates';
import { Button } from '../../ui/Button';
import { caseHref } from '../../hooks/useHashRoute';
import { DataTable } from '../../ui/DataTable';
import { Notice } from '../../ui/Notice';
import type { DrillState } from './hooks/useDrilldown';

/**
 * The cases behind a figure: references to open, never names. It takes focus when it opens so keyboard
 * and screen-reader users land on it; Close returns them to the report.
 */
export function DrilldownPanel({ drill, onClose }: { drill: Exclude<DrillState, { state: 'closed' }>; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [drill.target.key]);
  return (
    <section className="panel report-drill" aria-labelledby="report-drill-heading">
      <div className="panel__head">
        <h2 id="report-drill-heading" ref={heading} tabIndex={-1}>
          Cases behind: {drill.target.label}
        </h2>
        <Button variant="secondary" small onClick={onClose}>
          Close the list
        </Button>
      </div>
      {drill.state === 'loading' && <p>Finding the cases…</p>}
      {drill.state === 'error' && (
        <Notice tone="error" title="The cases could not be listed">
          <p>{drill.message}</p>
        </Notice>
      )}
      {drill.state === 'ok' && (
        <>
          <p aria-live="polite">
            {drill.view.total === 1 ? '1 case' : `${drill.view.total} cases`}
            {drill.view.truncated ? `; the first ${drill.view.cases.length} are listed` : ''}. Only cases you may open are listed; opening one is recorded as usual.
          </p>
          {drill.view.cases.length > 0 && (
            <DataTable
              caption={`Cases behind ${drill.target.label}`}
              captionHidden
              rows={drill.view.cases}
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
