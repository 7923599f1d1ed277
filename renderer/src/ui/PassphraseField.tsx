import { MIN_PASSPHRASE_LENGTH, passphraseProblem } from '../../../shared/passphrase';
import { TextField } from './TextField';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  /** The user name, so the check can refuse a passphrase that contains it. */
  username?: string;
  hint?: string;
}

export const PASSPHRASE_RULE = `Use at least ${MIN_PASSPHRASE_LENGTH} characters. Three or four random words are easy to remember and hard to guess.`;

/** A new passphrase, checked against the shared rule as it is typed, before the slow key derivation. */
export function PassphraseField({ id, label, value, onChange, error, username, hint = PASSPHRASE_RULE }: Props) {
  const problem = value ? passphraseProblem(value, username || undefined) : null;
  const status = value ? (
    <p id={`${id}-status`} className={problem ? 'field__status' : 'field__status field__status--good'}>
      {problem ?? (
        <>
          <span aria-hidden="true">✓ </span>This passphrase meets the rule.
        </>
      )}
    </p>
  ) : null;
  return <TextField id={id} label={label} type="password" autoComplete="new-password" value={value} onChange={onChange} hint={hint} error={error} status={error ? null : status} />;
}
