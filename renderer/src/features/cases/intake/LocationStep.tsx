import { TextField } from '../../../ui/TextField';
import { FormStep } from '../../../ui/FormStep';
import type { IntakeStepProps } from './stepProps';

/** Where it happened: used to spot related reports and hotspots (P7.1). */
export function LocationStep({ draft, set, errors }: IntakeStepProps) {
  return (
    <FormStep id="step-location" step={2} title="Where it happened" intro="Used to find earlier reports at the same place.">
      <TextField id="intake-address" label="Address or place" value={draft.address} onChange={(address) => set({ address })} autoComplete="off" />
      <div className="field-grid">
        <TextField id="intake-estate" label="Estate" hint="If it has a name." value={draft.estate} onChange={(estate) => set({ estate })} autoComplete="off" />
        <TextField id="intake-postcode" label="Postcode" hint="For example IP1 2AB." width="short" value={draft.postcode} onChange={(postcode) => set({ postcode })} error={errors['intake-postcode']} autoComplete="off" />
      </div>
    </FormStep>
  );
}
