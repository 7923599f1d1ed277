import { FLAGS, MOTIVATIONS } from '../../../../../shared/domain/vocabulary';
import { CheckboxField } from '../../../ui/CheckboxField';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { FormStep } from '../../../ui/FormStep';
import type { IntakeStepProps } from './stepProps';

/** What makes the case urgent (P4.4, P4.5, P4.8) and why it may have happened (P3.1, P3.2). */
export function FlagsStep({ draft, set }: IntakeStepProps) {
  return (
    <FormStep id="step-flags" step={5} title="Urgency and motivation">
      <CheckboxGroup id="intake-flags" legend="Does any of this apply?" hint="These start the 24-hour and same-day deadlines." options={FLAGS} value={draft.flags} onChange={(flags) => set({ flags })} />
      <CheckboxGroup id="intake-motivation" legend="Perceived motivation" hint="What the victim or anyone else thinks it was motivated by. Tick all that apply." options={MOTIVATIONS} value={draft.motivation} onChange={(motivation) => set({ motivation })} columns />
      <CheckboxField
        id="intake-perceivedAsHate"
        label="Someone perceives this as a hate incident"
        hint="The victim or anyone else: it is then treated as one (policy 3.2)."
        checked={draft.perceivedAsHate}
        onChange={(perceivedAsHate) => set({ perceivedAsHate })}
      />
    </FormStep>
  );
}
