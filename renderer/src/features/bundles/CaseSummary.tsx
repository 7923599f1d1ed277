import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CourtPaperView } from '../../../../shared/schemas/court-papers';
import { formatDate } from '../../../../shared/time/format';
import { fromIsoDate } from '../../../../shared/time/input';
import { hearthQuery } from '../../api/queries';
import { useChange } from '../../hooks/useChange';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { ChangeOutcome, FinaliseControls } from './FinaliseControls';
import { TextAreaField } from '../../ui/TextAreaField';

/**
 * The short case summary for the judge (issue 15): drafted from the record (the parties by role, a
 * withheld person by their label; the orders sought; the key dates), edited here, then finalised. The
 * bundle puts the finalised summary first, titled "Case summary".
 */
export function CaseSummary({ caseId }: { caseId: number }) {
  const list = useQuery(hearthQuery('paper:list', { caseId }));
  const change = useChange({ caseId });
  const [body, setBody] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const papers = (list.data ?? []).filter((p) => p.paper.kind === 'case-summary');
  const latest = papers.at(-1) ?? null;
  const final = [...papers].reverse().find((p) => p.status === 'final') ?? null;
  const draft = latest?.status === 'draft' ? latest : null;
  const shown = body ?? (draft && draft.paper.kind === 'case-summary' ? draft.paper.fields.body : null);

  const propose = () =>
    void change.run('paper:proposeSummary', { caseId }, (p) => {
      setBody(p.body);
      setSaid('A summary was drafted from the case record. Read it, change what is not right, then save it.');
    });
  const save = (text: string, then?: (p: CourtPaperView) => void) =>
    void change.run('paper:save', { caseId, paperId: draft?.id ?? null, paper: { kind: 'case-summary', fields: { body: text } } }, (p) => {
      setBody(null);
      setSaid('Case summary draft saved.');
      then?.(p);
    });
  const finalise = (text: string, day: string) => {
    save(text, (p) => void change.run('paper:finalise', { caseId, paperId: p.id, signedOn: day }, () => setSaid('Case summary finalised. It is locked and goes first in the bundle.')));
  };

  return (
    <section className="panel" aria-labelledby="case-summary-h">
      <h2 id="case-summary-h">Case summary</h2>
      {list.isError && (
        <Notice tone="error">
          <p>{list.error.message}</p>
        </Notice>
      )}
      {final && (
        <p>
          Finalised{final.signedOn ? `, dated ${fromIsoDate(final.signedOn)}` : ''}
          {final.finalisedAt ? ` (recorded ${formatDate(final.finalisedAt)} by ${final.finalisedBy ?? 'someone'})` : ''}. It is locked; the bundle puts it first.
        </p>
      )}
      {shown === null && (
        <div className="button-row">
          <Button variant={final ? 'secondary' : 'primary'} onClick={propose} busy={change.busy}>
            {final ? 'Start a new summary from the record' : 'Draft the summary from the case record'}
          </Button>
        </div>
      )}
      {shown !== null && (
        <div className="statement-editor">
          <TextAreaField id="case-summary-body" label="The summary for the judge" hint="One paragraph per blank line; a line starting ## is a heading. People withheld from the court are called by their label." rows={14} limit={20000} value={shown} onChange={setBody} />
          <FinaliseControls
            id="case-summary-date"
            saveLabel="Save the summary draft"
            dateLabel="Date of the summary"
            missingDate="the date of the summary"
            finaliseLabel="Finalise the summary"
            busy={change.busy}
            onSave={() => save(shown)}
            onFinalise={(day) => finalise(shown, day)}
            onProblem={setSaid}
          />
        </div>
      )}
      <ChangeOutcome error={change.error} said={said} />
    </section>
  );
}
