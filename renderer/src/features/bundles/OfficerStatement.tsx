import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { StatementView } from '../../../../shared/schemas/statements';
import { formatDate } from '../../../../shared/time/format';
import { fromIsoDate } from '../../../../shared/time/input';
import { hearthQuery } from '../../api/queries';
import { useChange } from '../../hooks/useChange';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { ChangeOutcome, FinaliseControls } from './FinaliseControls';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';

/**
 * The officer's witness statement (issue 15): proposed from the case record, edited here by (or with)
 * its maker, saved as a draft, then finalised — locked, dated, saying how it was taken. Only a finalised
 * statement goes into the bundle; a change after that is a new version.
 */
interface Draft {
  body: string;
  howTaken: string;
  exhibits: { evidenceId: number; mark: string }[];
}

export function OfficerStatement({ caseId }: { caseId: number }) {
  const list = useQuery(hearthQuery('statement:list', { caseId }));
  const change = useChange({ caseId });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [said, setSaid] = useState('');
  const current = (list.data ?? []).filter((s) => s.makerKind === 'officer').sort((a, b) => b.number - a.number)[0] ?? null;
  const latest = current?.versions[0] ?? null;
  const final = current?.versions.find((v) => v.status === 'final') ?? null;
  // What is in the editor: the person's unsaved words, else the saved draft.
  const shown: Draft | null = draft ?? (latest?.status === 'draft' ? { body: latest.body, howTaken: latest.howTaken, exhibits: latest.exhibits } : null);

  const propose = () =>
    void change.run('statement:propose', { caseId }, (p) => {
      setDraft({ body: p.body, howTaken: '', exhibits: p.exhibits.map(({ evidenceId, mark }) => ({ evidenceId, mark })) });
      setSaid('A draft was written from the case record. Read it, change what is not right, then save it.');
    });
  const save = (d: Draft, then?: (s: StatementView) => void) =>
    change.run('statement:save', { caseId, statementId: current?.id ?? null, body: d.body, howTaken: d.howTaken, exhibits: d.exhibits }, (s) => {
      setDraft(null);
      setSaid(`Draft version ${s.versions[0]!.version} saved.`);
      then?.(s);
    });
  const finalise = (d: Draft, day: string) => {
    void save(d, (s) =>
      void change.run('statement:finalise', { caseId, statementId: s.id, signedOn: day }, (done) => setSaid(`${done.title} finalised (version ${done.versions[0]!.version}). It is locked and can go into the bundle.`)),
    );
  };

  return (
    <section className="panel" aria-labelledby="officer-statement-h">
      <h2 id="officer-statement-h">The officer’s witness statement</h2>
      {list.isError && (
        <Notice tone="error">
          <p>{list.error.message}</p>
        </Notice>
      )}
      {final && current && (
        <p>
          <strong>{current.title}</strong>: version {final.version} finalised{final.statementDate ? `, signed ${fromIsoDate(final.statementDate)}` : ''}
          {final.finalisedAt ? ` (recorded ${formatDate(final.finalisedAt)} by ${final.finalisedBy ?? 'someone'})` : ''}. It is locked; this is the version the bundle takes.
        </p>
      )}
      {!current && !shown && <p>No statement yet. Hearth drafts it from the case record (incidents with when they happened and when they were reported, contacts, warnings, agreements, breaches) for the officer to check and change.</p>}
      {!shown && (
        <p>
          {!current ? (
            <Button onClick={propose} busy={change.busy}>
              Draft the statement from the case record
            </Button>
          ) : (
            latest?.status === 'final' && (
              <Button variant="secondary" onClick={() => setDraft({ body: latest.body, howTaken: latest.howTaken, exhibits: latest.exhibits })}>
                Start a new version
              </Button>
            )
          )}
        </p>
      )}
      {shown && (
        <div className="statement-editor">
          <TextAreaField
            id="statement-body"
            label="The statement, in the officer’s own words"
            hint="One paragraph per blank line; a line starting ## is a heading. Paragraphs are numbered in the bundle. Refer to exhibits by their marks (e.g. AL1)."
            rows={18}
            value={shown.body}
            onChange={(body) => setDraft({ ...shown, body })}
          />
          <TextField id="statement-how" label="How the statement was taken (PD 32 para 18.2)" hint="For example: I wrote this statement myself from the case records." value={shown.howTaken} onChange={(howTaken) => setDraft({ ...shown, howTaken })} />
          {shown.exhibits.length > 0 && <p>Exhibits produced: {shown.exhibits.map((x) => x.mark).join(', ')}.</p>}
          <FinaliseControls
            id="statement-signed"
            saveLabel="Save the draft"
            dateLabel="Date the officer signs it"
            missingDate="the date the statement is signed"
            finaliseLabel="Finalise the statement"
            busy={change.busy}
            onSave={() => void save(shown)}
            onFinalise={(day) => finalise(shown, day)}
            onProblem={setSaid}
          />
        </div>
      )}
      <ChangeOutcome error={change.error} said={said} />
    </section>
  );
}
