import { SCREEN_OUTCOMES, type ScreenOutcome } from '../../../../../shared/domain/vocabulary';
import { FormStep } from '../../../ui/FormStep';
import { Notice } from '../../../ui/Notice';
import { RadioGroup } from '../../../ui/RadioGroup';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import type { IntakeStepProps } from './stepProps';

const OPTIONS: readonly { code: ScreenOutcome | 'no'; label: string }[] = [{ code: 'no', label: 'No: it is for this policy' }, ...SCREEN_OUTCOMES];

/** P1.4–1.6 (issue 18): a report that belongs under another policy is referred there and closed at once. */
export function ScopeStep({ draft, set, errors }: IntakeStepProps) {
  const outcome = draft.screenOutcome ?? '';
  return (
    <FormStep id="step-scope" step={8} title="Does it belong under another policy?">
      <RadioGroup
        id="intake-screenOutcome"
        legend="Does this report belong elsewhere?"
        hint="Complaints about staff or contractors go to the Complaints policy; domestic abuse to its own policy; staff harassed by staff or by someone unconnected to the HR policies."
        options={OPTIONS}
        value={outcome || 'no'}
        onChange={(v) => set({ screenOutcome: v === 'no' ? '' : v })}
      />
      {outcome && (
        <>
          <Notice tone="info">The report is recorded, then closed at once with this reason. It runs no harassment deadlines and the reports count it apart.</Notice>
          <TextField id="intake-screenReferredTo" label="Referred to" hint="The team or person it went to." value={draft.screenReferredTo ?? ''} onChange={(screenReferredTo) => set({ screenReferredTo })} error={errors['intake-screenReferredTo']} />
          <TextAreaField id="intake-screenNote" label="Note (optional)" value={draft.screenNote ?? ''} onChange={(screenNote) => set({ screenNote })} error={errors['intake-screenNote']} limit={2000} />
        </>
      )}
    </FormStep>
  );
}
