import { Button } from '../../../ui/Button';
import { ConsentFields } from '../consents/ConsentFields';
import { FormStep } from '../../../ui/FormStep';
import { focusSoon } from '../../../ui/focus';
import type { FieldErrors } from '../../../hooks/useFieldErrors';
import { canConsent } from './draft';
import { draftLabel } from './draftLabel';
import type { IntakeDraftState } from './hooks/useIntakeDraft';

interface Props {
  state: IntakeDraftState;
  errors: FieldErrors;
}

/** P3.14: a complainant's or witness's identity is shared only with their explicit written permission. */
export function ConsentsStep({ state, errors }: Props) {
  const { draft, addConsent, setConsent, removeConsent } = state;
  const people = draft.people.map((p, i) => ({ p, label: draftLabel(p, i) })).filter(({ p }) => canConsent(p));
  const add = (partyKey: string) => focusSoon(`consent-${addConsent(partyKey)}-recipient`);
  return (
    <FormStep id="step-consents" step={7} title="Consent to share identity" intro="Only if someone has given written permission for their identity to be shared. Otherwise it stays confidential.">
      {people.length === 0 && <p className="secondary-text">Add a complainant, victim or witness first to record their consent.</p>}
      {people.map(({ p, label }) => (
        <div key={p.key} className="consent-person">
          <h3>{label}</h3>
          {draft.consents
            .filter((c) => c.partyKey === p.key)
            .map((c, i) => (
              <fieldset key={c.key} className="person-card">
                <legend className="person-card__legend">{`Consent ${i + 1} from ${label}`}</legend>
                <ConsentFields prefix={`consent-${c.key}`} values={c} onChange={(patch) => setConsent(c.key, patch as Partial<typeof c>)} errors={errors} />
                <Button small variant="secondary" onClick={() => removeConsent(c.key)}>
                  Remove this consent
                </Button>
              </fieldset>
            ))}
          <Button small variant="secondary" onClick={() => add(p.key)}>
            Add a consent from {label}
          </Button>
        </div>
      ))}
    </FormStep>
  );
}
