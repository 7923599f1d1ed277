import { CASE_STATUSES, CATEGORIES, labelOf } from '../../../../../shared/domain/vocabulary';
import { formatDate } from '../../../../../shared/format/dates';
import type { DuplicateMatch } from '../../../../../shared/schemas/cases';
import { Button } from '../../../components/Button';
import { Notice } from '../../../components/Notice';
import { useFocusOnShow } from '../../../hooks/useFocusOnShow';
import { caseHref } from '../labels';

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
        <p>
          {many ? `${matches.length} open cases have` : 'An open case has'} something in common with this report. Link them so the history is seen together, or open {many ? 'one' : 'it'} instead
          (this report is then not saved).
        </p>
      )}
      {matches.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Case</th>
                <th scope="col">Received</th>
                <th scope="col">Category</th>
                <th scope="col">Status</th>
                <th scope="col">What matched</th>
              </tr>
            </thead>
            <tbody>
              {matches.map((m) => (
                <tr key={m.id}>
                  <th scope="row" className="nowrap">
                    <a href={caseHref(m.id)} className="case-table__ref">
                      {m.ref}
                    </a>
                  </th>
                  <td className="nowrap">{formatDate(m.receivedAt)}</td>
                  <td>{labelOf(CATEGORIES, m.category)}</td>
                  <td>{labelOf(CASE_STATUSES, m.status)}</td>
                  <td>{sentence(m.matchedOn.join('; '))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
