import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
}

/** One tick box with its label on the right (GOV.UK-style), and an optional hint under the label. */
export function CheckboxField({ id, label, checked, onChange, hint }: Props) {
  return (
    <div className="checkbox cases-checkbox">
      <input id={id} name={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>
        {label}
        {hint && (
          <span className="field__hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
      </label>
    </div>
  );
}
