import { CONSENT_RECIPIENTS, labelOf } from '../../../../../shared/domain/vocabulary';
import { formatDateUK } from '../../../../../shared/time/london';
import type { ConsentView } from '../../../../../shared/schemas/cases';
import { RadioGroup } from '../../../ui/RadioGroup';
import { TextAreaField } from '../../../ui/TextAreaField';

export const NO_CONSENT = 'none';

interface Values {
  consent: string;
  justification: string;
}

interface Props {
  prefix: string;
  values: Values;
  errors: Partial<Record<keyof Values, string>>;
  onChange: (patch: Partial<Values>) => void;
  consents: readonly ConsentView[];
  withoutConsentAllowed: boolean;
}

/** P3.14 for a referral of a complainant, victim or witness: their written consent, or a recorded justification. */
export function ConsentBasis({ prefix, values, errors, onChange, consents, withoutConsentAllowed }: Props) {
  const options = [
    ...consents.map((c) => ({ code: String(c.id), label: `Written consent of ${formatDateUK(c.writtenOn)}: ${labelOf(CONSENT_RECIPIENTS, c.recipient)}${c.recipientName ? ` (${c.recipientName})` : ''}` })),
    { code: NO_CONSENT, label: 'No written consent' },
  ];
  return (
    <>
      <RadioGroup id={`${prefix}-consent`} legend="Consent to share their identity" options={options} value={values.consent} onChange={(consent) => onChange({ consent })} error={errors.consent} />
      {values.consent === NO_CONSENT && withoutConsentAllowed && (
        <div className="conditional">
          <TextAreaField
            id={`${prefix}-justification`}
            label="Why the referral is justified without consent"
            hint="Police and social services may be told without consent where the situation justifies it (policy 3.14). This is recorded."
            rows={3}
            value={values.justification}
            onChange={(justification) => onChange({ justification })}
            error={errors.justification}
          />
        </div>
      )}
    </>
  );
}
