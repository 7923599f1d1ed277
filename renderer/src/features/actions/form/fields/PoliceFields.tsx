import { POLICE_MEASURES } from '../../../../../../shared/domain/action-kinds';
import { SelectField } from '../../../../ui/SelectField';
import { TextField } from '../../../../ui/TextField';
import { POLICE_MEASURE_LABELS } from '../../labels';
import type { FieldsProps } from './fieldsProps';

const OPTIONS = [{ value: '', label: 'Choose the measure' }, ...POLICE_MEASURES.map((m) => ({ value: m, label: POLICE_MEASURE_LABELS[m] ?? m }))];

/** A measure the police took (P5.5); an arrest, charge or prosecution is criminal action (P5.8). */
export function PoliceFields({ form }: FieldsProps) {
  return (
    <div className="field-grid">
      <SelectField id={form.id('measure')} label="Police measure" value={form.values.measure} onChange={(measure) => form.set({ measure })} options={OPTIONS} error={form.errors.measure} />
      <TextField label="Police reference (optional)" autoComplete="off" {...form.field('policeReference')} />
      <TextField label="Police force (optional)" autoComplete="off" {...form.field('force')} />
    </div>
  );
}
