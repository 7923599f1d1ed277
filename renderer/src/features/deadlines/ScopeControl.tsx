import { useEffect } from 'react';
import { SelectField } from '../../ui/SelectField';
import { useMyPartners } from '../../hooks/useMyPartners';

/** Whose deadlines the dashboard shows. */
export type Scope = 'mine' | 'team' | 'partner';

const SCOPES: readonly { value: Scope; label: string }[] = [
  { value: 'mine', label: 'Me' },
  { value: 'team', label: 'My team' },
  { value: 'partner', label: 'A partner' },
];

interface Props {
  scope: Scope;
  partner: string | null;
  onChange: (scope: Scope, partner: string | null) => void;
}

/** Whose deadlines: a segmented control (radio buttons underneath, so arrow keys work), then a partner. */
export function ScopeControl({ scope, partner, onChange }: Props) {
  const partners = useMyPartners();
  const options = (partners.data ?? []).map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }));
  const first = options[0]?.value ?? null;
  const choose = (next: Scope) => onChange(next, next === 'partner' ? (partner ?? first) : partner);
  // "A partner" chosen before the list arrived: settle on the first partner once it has.
  useEffect(() => {
    if (scope === 'partner' && partner === null && first !== null) onChange('partner', first);
  }, [scope, partner, first, onChange]);

  return (
    <div className="scope">
      <fieldset className="segmented">
        <legend className="segmented__legend">Show deadlines for</legend>
        <div className="segmented__options">
          {SCOPES.map((s) => (
            <div className="segmented__option" key={s.value}>
              <input type="radio" id={`scope-${s.value}`} name="scope" value={s.value} checked={scope === s.value} onChange={() => choose(s.value)} />
              <label htmlFor={`scope-${s.value}`}>
                {scope === s.value && <span aria-hidden="true">✓ </span>}
                {s.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      {scope === 'partner' && options.length > 0 && (
        <div className="scope__partner">
          <SelectField id="scope-partner" label="Partner" value={partner ?? ''} onChange={(code) => onChange('partner', code)} options={options} />
        </div>
      )}
    </div>
  );
}
