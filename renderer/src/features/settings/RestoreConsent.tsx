interface Props {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string | null;
}

export function RestoreConsent({ id, checked, onChange, error }: Props) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? true : undefined}
        />
        <label htmlFor={id}>I understand the current data will be replaced by the backup (the current data is kept aside, not deleted).</label>
      </div>
    </div>
  );
}
