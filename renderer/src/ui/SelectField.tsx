import type { ReactNode } from 'react';
import { describedBy, FieldFrame } from './FieldFrame';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<{ value: string; label: string }>;
  hint?: ReactNode;
  error?: string | null;
}

export function SelectField({ id, label, value, onChange, options, hint, error }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={id}
        className="select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy(id, { hint, error })}
        aria-invalid={error ? true : undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
