import type { InputHTMLAttributes, ReactNode } from 'react';
import { describedBy, FieldFrame } from './FieldFrame';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | null;
  status?: ReactNode;
  width?: 'full' | 'short';
  mono?: boolean;
  /** More ids for aria-describedby, e.g. the form's error summary when main refused the request. */
  alsoDescribedBy?: string | null;
  /** A control beside the input, such as a date field's calendar button. */
  after?: ReactNode;
}

export function TextField({ id, label, value, onChange, hint, error, status, width = 'full', mono = false, alsoDescribedBy, after, type = 'text', ...rest }: Props) {
  const classes = ['input', width === 'short' && 'input--short', mono && 'input--mono'].filter(Boolean).join(' ');
  const input = (
      <input
        id={id}
        name={id}
        type={type}
        className={classes}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={[describedBy(id, { hint, error, status }), alsoDescribedBy].filter(Boolean).join(' ') || undefined}
        aria-invalid={error ? true : undefined}
        spellCheck={false}
        {...rest}
      />
  );
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} status={status}>
      {after ? (
        <div className="input-with-button">
          {input}
          {after}
        </div>
      ) : (
        input
      )}
    </FieldFrame>
  );
}
