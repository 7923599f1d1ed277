import type { ReactNode } from 'react';
import { describedBy } from './FieldFrame';
import { PolicyText } from './PolicyText';

interface Props {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Shown under the label and read out after it (aria-describedby), never as part of its name. */
  hint?: ReactNode;
  /** A problem with the answer: the box is framed in red with the words above it, as other fields are. */
  error?: string | null;
  disabled?: boolean;
  /** A smaller box for a table cell. */
  compact?: boolean;
}

/**
 * One tick box with its label on the right (GOV.UK style) and an optional hint under the label. The
 * only checkbox in the app: intake, plans, actions, evidence, letters, bundles and filters use this one.
 */
export function CheckboxField({ id, label, checked, onChange, hint, error, disabled, compact = false }: Props) {
  const box = (
    <div className={compact ? 'checkbox checkbox-field checkbox--compact' : 'checkbox checkbox-field'}>
      <input
        id={id}
        name={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={describedBy(id, { hint, error })}
        aria-invalid={error ? true : undefined}
      />
      <div className="checkbox-field__text">
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p className="field__hint checkbox-field__hint" id={`${id}-hint`}>
            {typeof hint === 'string' ? <PolicyText text={hint} /> : hint}
          </p>
        )}
      </div>
    </div>
  );
  if (!error) return box;
  return (
    <div className="field field--error">
      <p className="field__error" id={`${id}-error`}>
        <span className="visually-hidden">Error: </span>
        {error}
      </p>
      {box}
    </div>
  );
}
