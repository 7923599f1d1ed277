import { PARTY_ROLES } from '../../../../shared/domain/vocabulary';
import type { PartyView } from '../../../../shared/schemas/cases';
import { SelectField } from '../../ui/SelectField';
import { personWithRole } from './names';

interface Props {
  id: string;
  label: string;
  parties: readonly PartyView[];
  value: string;
  onChange: (value: string) => void;
  none?: string;
  error?: string | null;
  hint?: string;
}

/** Choose one of the people on the case (or nobody in particular). Values are party ids as text. */
export function PartySelect({ id, label, parties, value, onChange, none = 'No one in particular', error, hint }: Props) {
  const options = [{ value: '', label: none }, ...parties.map((p) => ({ value: String(p.id), label: personWithRole(p, PARTY_ROLES) }))];
  return <SelectField id={id} label={label} value={value} onChange={onChange} options={options} error={error} hint={hint} />;
}

export const partyIdOf = (value: string) => (value ? Number(value) : null);
