import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { describedBy, FieldFrame } from './FieldFrame';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null;
}

/** TextField's multi-line twin: the same label, hint and error frame around a <textarea>. */
export function TextAreaField({ id, label, value, onChange, hint, error, rows = 4, ...rest }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={id}
        className="input textarea"
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy(id, { hint, error })}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
    </FieldFrame>
  );
}
