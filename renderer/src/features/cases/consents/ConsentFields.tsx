import { CONSENT_RECIPIENTS } from '../../../../../shared/domain/vocabulary';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { DateField } from '../../../ui/DateField';
import { optionsOf } from '../../../ui/options';

export interface ConsentValues {
  recipient: string;
  recipientName: string;
  purpose: string;
  writtenOn: string;
  source: string;
}

interface Props {
  prefix: string;
  values: ConsentValues;
  onChange: (patch: Partial<ConsentValues>) => void;
  errors: Record<string, string>;
  /** Hide the free-text document field (the case view picks a document from the evidence instead). */
  withSource?: boolean;
}

const RECIPIENTS = optionsOf(CONSENT_RECIPIENTS, 'Choose who');

/** Who may learn the person's identity, why, and the written permission it rests on (P3.14). */
export function ConsentFields({ prefix, values, onChange, errors, withSource = true }: Props) {
  const id = (k: keyof ConsentValues) => `${prefix}-${k}`;
  const text = (k: keyof ConsentValues) => ({ id: id(k), value: values[k], onChange: (v: string) => onChange({ [k]: v }), error: errors[id(k)], autoComplete: 'off' });
  return (
    <div className="field-grid">
      <SelectField id={id('recipient')} label="Who may learn their identity" value={values.recipient} onChange={(recipient) => onChange({ recipient })} options={RECIPIENTS} error={errors[id('recipient')]} />
      {values.recipient !== '' && <TextField label={values.recipient === 'other' ? 'Their name' : 'Name (optional)'} hint="For example the officer or the organisation." {...text('recipientName')} />}
      <TextField label="For what purpose (optional)" hint="For example “to give evidence in court”." {...text('purpose')} />
      <DateField label="Date given in writing" {...text('writtenOn')} />
      {withSource && <TextField label="The written document" hint="For example “signed consent form”. Attach a copy as evidence once the case is saved." {...text('source')} />}
    </div>
  );
}
