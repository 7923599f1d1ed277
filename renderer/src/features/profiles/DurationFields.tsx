import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { fieldId } from './editorValues';
import { type Unit, UNIT_OPTIONS } from './profileWords';

interface Props {
  /** The duration's path, e.g. rules.3.due or rules.3.variants.0.due. */
  path: string;
  amountLabel: string;
  amount: string;
  unit: Unit;
  onChange: (change: { amount?: string; unit?: Unit }) => void;
  errors: Readonly<Record<string, string>>;
}

/** An amount and its unit side by side. "Same day" has no amount, so choosing it sets 0. */
export function DurationFields({ path, amountLabel, amount, unit, onChange, errors }: Props) {
  return (
    <div className="duration-fields">
      <TextField
        id={fieldId(`${path}.amount`)}
        label={amountLabel}
        value={amount}
        onChange={(value) => onChange({ amount: value })}
        error={errors[`${path}.amount`]}
        inputMode="numeric"
        width="short"
        autoComplete="off"
      />
      <SelectField
        id={fieldId(`${path}.unit`)}
        label="Unit"
        value={unit}
        onChange={(value) => onChange(value === 'same-day' ? { unit: value, amount: '0' } : { unit: value as Unit })}
        options={UNIT_OPTIONS}
        error={errors[`${path}.unit`]}
      />
    </div>
  );
}
