import type { ReactNode } from 'react';
import { PolicyText } from './PolicyText';

export interface FieldFrameProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | null;
  /** Shown under the control, e.g. a live passphrase check. Give it the id `${id}-status`. */
  status?: ReactNode;
  children: ReactNode;
}

/** The ids a control should name in aria-describedby: its hint, its error and its status line. */
export function describedBy(id: string, parts: { hint?: unknown; error?: unknown; status?: unknown }): string | undefined {
  const ids = [parts.hint ? `${id}-hint` : null, parts.error ? `${id}-error` : null, parts.status ? `${id}-status` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** Label, hint and error around one control, laid out the same way everywhere. */
export function FieldFrame({ id, label, hint, error, status, children }: FieldFrameProps) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {typeof hint === 'string' ? <PolicyText text={hint} /> : hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {children}
      {status}
    </div>
  );
}
