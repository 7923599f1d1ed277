import { RISK_LEVELS } from '../../../../../shared/domain/vocabulary';
import { FormStep } from '../../../ui/FormStep';
import { RadioGroup } from '../../../ui/RadioGroup';
import { TextAreaField } from '../../../ui/TextAreaField';
import type { IntakeStepProps } from './stepProps';

export function RiskStep({ draft, set }: IntakeStepProps) {
  return (
    <FormStep id="step-risk" step={6} title="Risk assessment">
      <RadioGroup id="intake-riskLevel" legend="Risk level" options={RISK_LEVELS} value={draft.riskLevel} onChange={(riskLevel) => set({ riskLevel })} inline />
      <TextAreaField id="intake-riskNotes" label="Risk notes (optional)" hint="What the risk is, to whom, and anything already done about it." rows={3} value={draft.riskNotes} onChange={(riskNotes) => set({ riskNotes })} />
    </FormStep>
  );
}
