import { CATEGORIES, REPORT_METHODS } from '../../../../../shared/domain/vocabulary';
import type { PartnerView } from '../../../../../shared/schemas/partners';
import { SelectField } from '../../../ui/SelectField';
import { CheckboxField } from '../../../ui/CheckboxField';
import { FormStep } from '../../../ui/FormStep';
import { RadioGroup } from '../../../ui/RadioGroup';
import type { IntakeStepProps } from './stepProps';
import { DateTimeField } from '../../../ui/DateField';

interface Props extends IntakeStepProps {
  partners: readonly PartnerView[];
}

export function ReportedStep({ draft, set, errors, partners }: Props) {
  const partnerOptions = [{ value: '', label: 'Choose a partner' }, ...partners.map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }))];
  return (
    <FormStep id="step-reported" step={1} title="The report">
      <RadioGroup id="intake-method" legend="How was it reported?" options={REPORT_METHODS} value={draft.method} onChange={(method) => set({ method })} error={errors['intake-method']} inline />
      <DateTimeField
        id="intake-receivedAt"
        label="When was it received?"
        hint="Now, unless you are recording an earlier report. London time, like 21/11/2026 14:30."
        value={draft.receivedAt}
        onChange={(receivedAt) => set({ receivedAt })}
        error={errors['intake-receivedAt']}
      />
      <CheckboxField id="intake-anonymousReport" label="The person reporting did not give their name" checked={draft.anonymousReport} onChange={(anonymousReport) => set({ anonymousReport })} />
      <SelectField id="intake-partner" label="Partner" value={draft.partner} onChange={(partner) => set({ partner })} options={partnerOptions} error={errors['intake-partner']} />
      <RadioGroup id="intake-category" legend="What kind of case is it?" options={CATEGORIES} value={draft.category} onChange={(category) => set({ category })} error={errors['intake-category']} />
    </FormStep>
  );
}
