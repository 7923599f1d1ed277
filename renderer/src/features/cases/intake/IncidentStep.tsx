import { ACTS } from '../../../../../shared/domain/vocabulary';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { FormStep } from '../../../ui/FormStep';
import { TextAreaField } from '../../../ui/TextAreaField';
import { draftLabel } from './draftLabel';
import type { IntakeStepProps } from './stepProps';
import { DateTimeField } from '../../../ui/DateField';
import { IncidentInput } from '../../../../../shared/schemas/cases';

export function IncidentStep({ draft, set, errors }: IntakeStepProps) {
  const reporters = [{ value: '', label: 'Not recorded' }, ...draft.people.map((p, i) => ({ value: p.key, label: draftLabel(p, i) }))];
  return (
    <FormStep id="step-incident" step={3} title="What happened">
      <DateTimeField
        id="intake-occurredAt"
        label="When did it happen?"
        hint="Like 21/11/2026 14:30, London time. Your best estimate if the exact time is not known, or only the date."
        value={draft.occurredAt}
        onChange={(occurredAt) => set({ occurredAt })}
        error={errors['intake-occurredAt']}
      />
      <CheckboxGroup id="intake-acts" legend="What did it involve?" hint="Tick all that apply." options={ACTS} value={draft.acts} onChange={(acts) => set({ acts })} columns />
      <TextAreaField
        id="intake-description"
        label="Describe what happened"
        hint="In the words of the person reporting where you can: what was said or done, by whom, and who saw it."
        rows={6}
        limit={IncidentInput.shape.description.maxLength}
        value={draft.description}
        onChange={(description) => set({ description })}
        error={errors['intake-description']}
      />
      <TextField id="intake-summary" label="Headline (optional)" hint="A line for the case list. Left empty, the start of the description is used." value={draft.summary} onChange={(summary) => set({ summary })} maxLength={500} autoComplete="off" />
      {draft.people.length > 0 && <SelectField id="intake-reportedByKey" label="Who reported it?" value={draft.reportedByKey} onChange={(reportedByKey) => set({ reportedByKey })} options={reporters} />}
    </FormStep>
  );
}
