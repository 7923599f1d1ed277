import { CASE_STATUSES, CATEGORIES, labelOf } from '../../../../../shared/domain/vocabulary';
import { formatDate } from '../../../../../shared/time/format';
import type { DuplicateMatch } from '../../../../../shared/schemas/cases';
import { Button } from '../../../ui/Button';
import { DataTable } from '../../../ui/DataTable';
import { useFocusOnShow } from '../../../hooks/useFocusOnShow';
import { caseHref } from '../../../hooks/useHashRoute';

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface Props {
  matches: readonly DuplicateMatch[];
  busy: boolean;
  onSave: (link: boolean) => void;
  onBack: () => void;
}

/** Before saving: earlier open cases at the same place or with the same people, to link or open instead. */
export function DuplicatesPanel({ matches, busy, onSave, onBack }: Props) {
  const heading = useFocusOnShow<HTMLHeadingElement>(matches.map((m) => m.id).join(','));
  const many = matches.length > 1;
  return (
    <section className="panel panel--attention" aria-labelledby="duplicates-heading">
      <h2 id="duplicates-heading" ref={heading} tabIndex={-1}>
        Possible related cases
      </h2>
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
      <div className="button-row">
        <Button busy={busy} busyLabel="Saving…" onClick={() => onSave(true)}>
          Link the new report to {many ? 'these cases' : 'this case'} and save
        </Button>
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
