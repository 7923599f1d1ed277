import { ACTION_KINDS } from '../../../../shared/domain/action-kinds';
import { SelectField } from '../../ui/SelectField';
import { RadioGroup } from '../../ui/RadioGroup';
import type { ChannelInput } from '../../../../shared/ipc/contract';

type RegisterQuery = ChannelInput<'legal:register'>;

interface Props {
  query: RegisterQuery;
  partners: readonly string[];
  onChange: (query: RegisterQuery) => void;
}

const KINDS = [{ value: '', label: 'All court actions' }, ...ACTION_KINDS.filter((k) => k.court).map((k) => ({ value: k.code, label: k.label }))];
const STATUSES = [
  { code: 'current', label: 'Current only' },
  { code: 'all', label: 'Include finished ones' },
] as const;

/** Narrow the register by partner, kind of action and whether it is still running. */
export function RegisterFilters({ query, partners, onChange }: Props) {
  const partnerOptions = [{ value: '', label: 'All your partners' }, ...partners.map((p) => ({ value: p, label: p }))];
  return (
    <div className="register-filters field-grid" role="search" aria-label="Filter the register">
      {partners.length > 1 && <SelectField id="register-partner" label="Partner" value={query.partner ?? ''} onChange={(p) => onChange({ ...query, partner: p || null })} options={partnerOptions} />}
      <SelectField id="register-kind" label="Kind of action" value={query.kind ?? ''} onChange={(k) => onChange({ ...query, kind: (k || null) as RegisterQuery['kind'] })} options={KINDS} />
      <RadioGroup id="register-status" legend="Show" options={STATUSES} value={query.status ?? 'current'} onChange={(status) => onChange({ ...query, status })} inline />
    </div>
  );
}
