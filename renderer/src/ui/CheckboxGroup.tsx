import type { ReactNode } from 'react';
import { CheckboxField } from './CheckboxField';

interface Props<T extends string> {
  id: string;
  legend: string;
  hint?: ReactNode;
  options: readonly { code: T; label: string }[];
  value: readonly T[];
  onChange: (value: T[]) => void;
  /** Lay the boxes out in columns (long lists such as acts of harassment). */
  columns?: boolean;
}

/** A question answered by ticking any number of boxes: a fieldset whose legend is the question. */
export function CheckboxGroup<T extends string>({ id, legend, hint, options, value, onChange, columns = false }: Props<T>) {
  const toggle = (code: T, on: boolean) => onChange(on ? options.map((o) => o.code).filter((c) => c === code || value.includes(c)) : value.filter((c) => c !== code));
  return (
    <fieldset className="fieldset field" id={id} aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="fieldset__legend">{legend}</legend>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div className={columns ? 'choice-list choice-list--columns' : 'choice-list'}>
        {options.map((o) => (
          <CheckboxField key={o.code} id={`${id}-${o.code}`} label={o.label} checked={value.includes(o.code)} onChange={(on) => toggle(o.code, on)} />
        ))}
      </div>
    </fieldset>
  );
}
