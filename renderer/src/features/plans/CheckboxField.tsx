import type { ReactNode } from 'react';

interface Props {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
}

/** One checkbox with its label (and a hint under it), in the frame's .checkbox style. */
export function CheckboxField({ id, label, checked, onChange, hint }: Props) {
  return (
    <div className="field">
      <div className="checkbox">
        <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
        <div>
          <label htmlFor={id}>{label}</label>
          {hint && (
            <p className="field__hint" id={`${id}-hint`}>
              {hint}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
