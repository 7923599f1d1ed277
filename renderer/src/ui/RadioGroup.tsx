import type { ReactNode } from 'react';

interface Props<T extends string> {
  id: string;
  legend: string;
  hint?: ReactNode;
  error?: string | null;
  options: readonly { code: T; label: string }[];
  value: T | '';
  onChange: (value: T) => void;
  inline?: boolean;
}

/**
 * One answer from a short list, all visible at once (quicker to scan than a drop-down). The first
 * radio carries the group's id, so an error summary link lands on the question.
 */
export function RadioGroup<T extends string>({ id, legend, hint, error, options, value, onChange, inline = false }: Props<T>) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={error ? 'fieldset field field--error' : 'fieldset field'} aria-describedby={described}>
      <legend className="fieldset__legend">{legend}</legend>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div className={inline ? 'choice-list choice-list--inline' : 'choice-list'}>
        {options.map((o, i) => (
          <div className="radio" key={o.code}>
            <input id={i === 0 ? id : `${id}-${o.code}`} type="radio" name={id} value={o.code} checked={value === o.code} onChange={() => onChange(o.code)} />
            <label htmlFor={i === 0 ? id : `${id}-${o.code}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
