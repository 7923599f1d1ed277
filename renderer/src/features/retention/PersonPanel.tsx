import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { PersonBasis, PersonView } from '../../../../shared/schemas/retention-person';
import { hearthQueryWhen } from '../../api/queries';
import { useChange } from '../../hooks/useChange';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { DialogForm } from '../../ui/DialogForm';
import { Notice } from '../../ui/Notice';
import { RadioGroup } from '../../ui/RadioGroup';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';

/**
 * Anonymising one person across every case they are on (issue 21: an erasure request, or a disposal that
 * applies to a person). Find them from a case they are on, see every case and role main found for them and
 * anything in the way (a hold, a live order, a case still open), then confirm by typing their name.
 */
export function PersonPanel({ onDone }: { onDone: (message: string) => void }) {
  const [typed, setTyped] = useState('');
  const [parties, setParties] = useState<{ id: number; name: string; role: string }[] | null>(null);
  const [partyId, setPartyId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const lookup = useChange();
  const person = useQuery(hearthQueryWhen('retention:person', partyId ? { partyId: Number(partyId) } : null));
  const look = (event: FormEvent) => {
    event.preventDefault();
    setPartyId('');
    setParties(null);
    if (typed.trim()) void lookup.run('case:getByRef', { ref: typed.trim() }, (c) => setParties(c.parties.filter((p) => p.name && p.name !== '[anonymised]')));
  };
  return (
    <section aria-labelledby="person-heading">
      <h2 id="person-heading">Anonymise a person across their cases</h2>
      <p>For an erasure request, or when a person’s records should go before their cases do. Their name, date of birth, home and contact details are removed from every case they are on, and every mention of them from the cases’ notes, letters and statements. Other people on those cases stay as they are, and so do the monitoring figures.</p>
      <form className="button-row" onSubmit={look} noValidate>
        <TextField id="person-case" label="A case they are on (reference)" value={typed} onChange={setTyped} width="short" mono autoComplete="off" />
        <Button type="submit" variant="secondary" busy={lookup.busy} busyLabel="Finding…">Find the case</Button>
      </form>
      {lookup.error && (
        <Notice tone="error" title="That case could not be opened">
          <p>{lookup.error}</p>
        </Notice>
      )}
      {parties && (
        <SelectField id="person-party" label="The person" value={partyId} onChange={setPartyId} options={[{ value: '', label: 'Choose…' }, ...parties.map((p) => ({ value: String(p.id), label: `${p.name} (${p.role.replace(/-/g, ' ')})` }))]} />
      )}
      {person.isError && (
        <Notice tone="error" title="That person could not be looked up">
          <p>{person.error.message}</p>
        </Notice>
      )}
      {person.isSuccess && <PersonSummary view={person.data} onAnonymise={() => setConfirming(true)} />}
      {confirming && person.isSuccess && (
        <AnonymisePersonDialog
          partyId={Number(partyId)}
          view={person.data}
          onCancel={() => setConfirming(false)}
          onDone={(message) => {
            setConfirming(false);
            setPartyId('');
            onDone(message);
          }}
        />
      )}
    </section>
  );
}

function PersonSummary({ view, onAnonymise }: { view: PersonView; onAnonymise: () => void }) {
  return (
    <>
      <p>{view.evidence}</p>
      <ul className="plain-list" aria-label={`The cases ${view.name} is on`}>
        {view.records.map((r) => (
          <li key={r.partyId}>
            {r.caseRef}: {r.role.replace(/-/g, ' ')} ({r.caseStatus === 'closed' ? 'closed' : r.caseStatus})
          </li>
        ))}
      </ul>
      {view.refusals.length ? (
        <Notice tone="warning" title="This person cannot be anonymised yet">
          {view.refusals.map((r) => (
            <p key={r}>{r}</p>
          ))}
        </Notice>
      ) : (
        <Button variant="danger" onClick={onAnonymise}>
          Anonymise {view.name} on {view.records.length === 1 ? 'this case' : `all ${new Set(view.records.map((r) => r.caseId)).size} cases`}…
        </Button>
      )}
    </>
  );
}

const BASES: { code: PersonBasis; label: string }[] = [
  { code: 'erasure-request', label: 'They asked for their data to be erased, and the request was agreed' },
  { code: 'retention', label: 'Their records are past the retention schedule’s date' },
];

function AnonymisePersonDialog({ partyId, view, onDone, onCancel }: { partyId: number; view: PersonView; onDone: (message: string) => void; onCancel: () => void }) {
  const change = useChange();
  const [name, setName] = useState('');
  const [basis, setBasis] = useState<PersonBasis | ''>('');
  const submit = () => {
    void change.run('retention:anonymisePerson', { partyId, confirmName: name, basis: basis || 'erasure-request', requestId: null }, (out) =>
      onDone(`${view.name} was anonymised on ${out.cases.join(', ')} (${out.rows} records changed, ${out.filesRemoved} file parts removed).`),
    );
  };
  return (
    <Dialog id="anonymise-person" title={`Anonymise ${view.name}?`} focusId="anonymise-person-basis" busy={change.busy} onCancel={onCancel}>
      <p>This removes them from {view.records.map((r) => r.caseRef).join(', ')}. Letters to them or naming them, exhibits whose file names them, and the cases’ court bundles are removed; their records stay, with dates and hashes. A record of what was done (the cases, who and when, never the name) is kept. This cannot be undone.</p>
      <DialogForm id="anonymise-person" problems={[]} focusKey={0} serverError={change.error} busy={change.busy} submitLabel="Anonymise the person" busyLabel="Please wait…" submitVariant="danger" onSubmit={submit} onCancel={onCancel}>
        <RadioGroup id="anonymise-person-basis" legend="Why?" options={BASES} value={basis} onChange={setBasis} />
        <TextField id="anonymise-person-name" label="Type the person’s name to confirm" value={name} onChange={setName} autoComplete="off" />
      </DialogForm>
    </Dialog>
  );
}
