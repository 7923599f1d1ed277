import { type FormEvent, useState } from 'react';
import type { PartyView } from '../../../../../shared/schemas/cases';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../../../ui/ErrorSummary';
import { useChange } from '../../../hooks/useChange';
import { useFieldErrors } from '../../../hooks/useFieldErrors';
import { emptyPerson, type PersonDraft, personFromView, personProblems, personToInput } from './personDraft';
import { PersonFields } from './PersonFields';
import { isTenant } from './tenants';
import { personName } from '../../parties';

interface Props {
  caseId: number;
  parties: readonly PartyView[];
  /** The person being changed, or null to add someone. */
  editing: PartyView | null;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

export function PersonEditor({ caseId, parties, editing, onSaved, onCancel }: Props) {
  const [person, setPerson] = useState<PersonDraft>(() => (editing ? personFromView(editing) : emptyPerson('new')));
  const errors = useFieldErrors();
  const submit = useChange({ caseId });
  const prefix = editing ? `edit-person-${editing.id}` : 'new-person';
  const tenants = parties.filter((p) => p.id !== editing?.id && isTenant(p.tenure)).map((p) => ({ key: String(p.id), label: personName(p) }));
  const title = editing ? `Change ${personName(editing)}` : 'Add a person';
  const onChange = (patch: Partial<PersonDraft>) => {
    setPerson((p) => ({ ...p, ...patch }));
    errors.clear(...Object.keys(patch).map((k) => `${prefix}-${k}`), `${prefix}-name`, `${prefix}-language`);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!errors.check(personProblems(person, prefix))) return;
    const party = personToInput(person);
    const saved = () => onSaved(editing ? 'The person’s details were saved.' : 'The person was added to the case.');
    void (editing ? submit.run('party:update', { id: editing.id, party }, saved) : submit.run('party:add', { caseId, party }, saved));
  };
  return (
    <form className="entry-form" noValidate onSubmit={onSubmit} aria-labelledby={`${prefix}-heading`}>
      <h3 id={`${prefix}-heading`} tabIndex={-1}>
        {title}
      </h3>
      <ErrorSummary id={`${prefix}-problems`} problems={errors.problems(submit.error)} focusKey={errors.attempts} revealKey={submit.error} />
      <PersonFields prefix={prefix} person={person} onChange={onChange} errors={errors.errors} tenants={tenants} />
      <div className="button-row">
        <Button type="submit" busy={submit.busy} busyLabel="Saving…">
          {editing ? 'Save the changes' : 'Add the person'}
        </Button>
        <Button variant="secondary" onClick={onCancel} disabled={submit.busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
