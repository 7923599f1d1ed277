import type { ReactNode } from 'react';
import { describedBy, FieldFrame } from './FieldFrame';

interface Props {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | null;
  /** The kinds of file offered, such as "image/png,image/jpeg". */
  accept?: string;
  onChange: (file: File | null) => void;
}

/** A file chooser, framed like every other field (label, hint, error). */
export function FileField({ id, label, hint, error, accept, onChange }: Props) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={id}
        type="file"
        accept={accept}
        className="file-input"
        onChange={(e) => onChange(e.target.files?.[0] ?? null)}
        aria-describedby={describedBy(id, { hint, error })}
        aria-invalid={error ? true : undefined}
      />
    </FieldFrame>
  );
}
