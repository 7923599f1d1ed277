import type { PartyRole } from '../../../../../shared/domain/vocabulary';
import { Button } from '../../../ui/Button';
import { FormStep } from '../../../ui/FormStep';
import { focusSoon } from '../../../ui/focus';
import type { FieldErrors } from '../../../hooks/useFieldErrors';
import type { PersonDraft } from '../people/personDraft';
import { PersonFields } from '../people/PersonFields';
import { isTenant } from '../people/tenants';
import type { IntakeDraftState } from './hooks/useIntakeDraft';
import { draftLabel } from './draftLabel';

/** "Person 1: Amina Hassan (complainant)", or "Person 2 (witness)" until a name is typed. */
const legendOf = (p: PersonDraft, i: number) => {
  const label = draftLabel(p, i);
  return label.startsWith('Person ') ? label : `Person ${i + 1}: ${label}`;
};

const QUICK_ADD: readonly { role: PartyRole | undefined; label: string }[] = [
  { role: 'complainant', label: 'Add a complainant' },
  { role: 'victim', label: 'Add a victim' },
  { role: 'witness', label: 'Add a witness' },
  { role: 'alleged-perpetrator', label: 'Add an alleged perpetrator' },
  { role: undefined, label: 'Add someone else' },
];

interface Props {
  state: IntakeDraftState;
  errors: FieldErrors;
}

/** Everyone involved, any number of them; each in their own group with a way to take them out again. */
export function PeopleStep({ state, errors }: Props) {
  const { draft, addPerson, setPerson, removePerson } = state;
  const add = (role: PartyRole | undefined) => {
    const key = addPerson(role);
    focusSoon(`person-${key}-${role ? 'name' : 'role'}`);
  };
  return (
    <FormStep id="step-people" step={4} title="Who is involved" intro="The person reporting, anyone harmed, witnesses and the alleged perpetrators. Leave out anything not known.">
      {draft.people.map((p, i) => {
        const tenants = draft.people.filter((o) => o.key !== p.key && isTenant(o.tenure)).map((o) => ({ key: o.key, label: draftLabel(o, draft.people.indexOf(o)) }));
        return (
          <fieldset key={p.key} className="person-card">
            <legend className="person-card__legend">{legendOf(p, i)}</legend>
            <PersonFields prefix={`person-${p.key}`} person={p} onChange={(patch) => setPerson(p.key, patch)} errors={errors} tenants={tenants} />
            <Button small variant="secondary" onClick={() => removePerson(p.key)}>
              Remove person {i + 1}
            </Button>
          </fieldset>
        );
      })}
      {draft.people.length === 0 && <p className="secondary-text">No one added yet.</p>}
      <div className="button-row button-row--tight">
        {QUICK_ADD.map((q) => (
          <Button key={q.label} small variant="secondary" onClick={() => add(q.role)}>
            {q.label}
          </Button>
        ))}
      </div>
    </FormStep>
  );
}
