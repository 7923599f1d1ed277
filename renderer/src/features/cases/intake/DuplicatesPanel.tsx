import { CASE_STATUSES, CATEGORIES, labelOf } from '../../../../../shared/domain/vocabulary';
import { formatDate } from '../../../../../shared/time/format';
import type { DuplicateMatch } from '../../../../../shared/schemas/cases';
import { Button } from '../../../ui/Button';
import { DataTable } from '../../../ui/DataTable';
import { Notice } from '../../../ui/Notice';
import { useFocusOnShow } from '../../../hooks/useFocusOnShow';
import { caseHref } from '../../../hooks/useHashRoute';

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface Props {
  matches: readonly DuplicateMatch[];
  /** A restricted case matched as well: main says only that, never which (issue 13). */
  restrictedMayMatch: boolean;
  busy: boolean;
  onSave: (link: boolean) => void;
  onBack: () => void;
}

/** Before saving: earlier open cases at the same place or with the same people, to link or open instead. */
export function DuplicatesPanel({ matches, restrictedMayMatch, busy, onSave, onBack }: Props) {
  const heading = useFocusOnShow<HTMLHeadingElement>(`${matches.map((m) => m.id).join(',')}${restrictedMayMatch ? ',restricted' : ''}`);
  const many = matches.length > 1;
  return (
    <section className="panel panel--attention" aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading" ref={heading} tabIndex={-1}>
        Possible related cases
      </h2>
      {restrictedMayMatch && (
        <Notice tone="warning" title="A restricted case may match">
          <p>A restricted case may have something in common with this report. Its details are not shown here: ask a manager whether the two should be linked.</p>
        </Notice>
      )}
      {matches.length > 0 && (
        <>
          <p>
            {many ? `${matches.length} open cases have` : 'An open case has'} something in common with this report. Link them so the history is seen together, or open {many ? 'one' : 'it'} instead
            (this report is then not saved).
          </p>
          <DataTable
            caption="Open cases with something in common with this report"
            captionHidden
            rows={matches}
            rowKey={(m) => m.id}
            columns={[
              {
                header: 'Case',
                rowHeader: true,
                className: 'nowrap',
                cell: (m) => (
                  <a href={caseHref(m.id)} className="case-table__ref">
                    {m.ref}
                  </a>
                ),
              },
              { header: 'Received', className: 'nowrap', cell: (m) => formatDate(m.receivedAt) },
              { header: 'Category', cell: (m) => labelOf(CATEGORIES, m.category) },
              { header: 'Status', cell: (m) => labelOf(CASE_STATUSES, m.status) },
              { header: 'What matched', cell: (m) => sentence(m.matchedOn.join('; ')) },
            ]}
          />
        </>
      )}
      <div className="button-row">
        {matches.length > 0 && (
          <Button busy={busy} busyLabel="Saving…" onClick={() => onSave(true)}>
            Link the new report to {many ? 'these cases' : 'this case'} and save
          </Button>
        )}
        <Button variant="secondary" disabled={busy} onClick={() => onSave(false)}>
          Save without linking
        </Button>
        <button type="button" className="link-button" onClick={onBack} disabled={busy}>
          Back to the report
        </button>
      </div>
    </section>
  );
}
