import { TextField } from './TextField';

interface Props {
  id: string;
  value: string;
  onChange: (value: string) => void;
  /** The passphrase it must match. */
  match: string;
  error?: string | null;
}

export function ConfirmPassphraseField({ id, value, onChange, match, error }: Props) {
  const status =
    value && !error ? (
      <p id={`${id}-status`} className={value === match ? 'field__status field__status--good' : 'field__status'}>
        {value === match ? (
          <>
            <span aria-hidden="true">✓ </span>The passphrases match.
          </>
        ) : (
          'The passphrases do not match yet.'
        )}
      </p>
    ) : null;
  return <TextField id={id} label="Type the passphrase again" type="password" autoComplete="new-password" value={value} onChange={onChange} error={error} status={status} />;
}
