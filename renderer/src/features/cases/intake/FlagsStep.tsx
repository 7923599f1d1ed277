import { FLAGS, MOTIVATIONS, PERCEIVERS } from '../../../../../shared/domain/vocabulary';
import { CheckboxField } from '../../../ui/CheckboxField';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { FormStep } from '../../../ui/FormStep';
import { Notice } from '../../../ui/Notice';
import { RadioGroup } from '../../../ui/RadioGroup';
import { TextAreaField } from '../../../ui/TextAreaField';
import { EMERGENCY_STEPS } from './emergencySteps';
import type { IntakeStepProps } from './stepProps';

/** What makes the case urgent (P4.4, P4.5, P4.8, the council page) and why it may have happened (P3.1, P3.2). */
export function FlagsStep({ draft, set, errors }: IntakeStepProps) {
  return (
    <FormStep id="step-flags" step={5} title="Urgency and motivation">
      <CheckboxGroup id="intake-flags" legend="Does any of this apply?" hint="These start the 24-hour and same-day deadlines." options={FLAGS} value={draft.flags} onChange={(flags) => set({ flags })} />
      {draft.flags.includes('immediate-danger') && (
        <Notice tone="warning" title="Someone is in immediate danger: act now" live>
          <ol>
            {EMERGENCY_STEPS.map((s) => (
              <li key={s.code}>{s.prompt}</li>
            ))}
          </ol>
          <p>After saving the report, record what was done; it is due today.</p>
        </Notice>
      )}
      <CheckboxGroup
        id="intake-motivation"
        legend="Perceived motivation"
        hint="What the victim or anyone else thinks it was motivated by (policy 3.1 and the Equality Act 2010). Tick all that apply, or none."
        options={MOTIVATIONS}
        value={draft.motivation}
        onChange={(motivation) => set({ motivation })}
        columns
      />
      <CheckboxField
        id="intake-perceivedAsHate"
        label="The victim or someone else perceives this as harassment"
        hint="It is then investigated as harassment from today, whatever the motivation (policy 3.2). A judgement on whether to go on comes later."
        checked={draft.perceivedAsHate}
        onChange={(perceivedAsHate) => set({ perceivedAsHate })}
      />
      {draft.perceivedAsHate && (
        <>
          <RadioGroup id="intake-perceivedBy" legend="Who perceives it as harassment?" options={PERCEIVERS} value={draft.perceivedBy ?? ''} onChange={(perceivedBy) => set({ perceivedBy })} error={errors['intake-perceivedBy']} />
          <TextAreaField
            id="intake-perceivedHow"
            label="How do they see it as harassment?"
            hint="What they said or did that shows it, and when."
            value={draft.perceivedHow ?? ''}
            onChange={(perceivedHow) => set({ perceivedHow })}
            error={errors['intake-perceivedHow']}
            limit={1000}
          />
        </>
      )}
    </FormStep>
  );
}
