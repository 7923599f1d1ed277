import type { FormEvent } from 'react';
import { Username } from '../../../../shared/schemas/common';
import type { SessionInfo } from '../../../../shared/schemas/session';
import { Button } from '../../ui/Button';
import { ConfirmPassphraseField } from '../../ui/ConfirmPassphraseField';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { PassphraseField } from '../../ui/PassphraseField';
import { TextField } from '../../ui/TextField';
import { issueOf } from '../../ui/forms/issueOf';
import { newPassphraseErrors } from '../../ui/forms/newPassphrase';
import { useForm } from '../../hooks/useForm';
import { useChange } from '../../hooks/useChange';

interface Props {
  onRecovered: (session: SessionInfo) => void;
  onCancel: () => void;
}

export function RecoverForm({ onRecovered, onCancel }: Props) {
  const form = useForm('recover', { recoveryKey: '', username: '', next: '', confirm: '' });
  const submit = useChange();
  const username = form.values.username.trim();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check((v) => {
      const pass = newPassphraseErrors(v.next, v.confirm, v.username.trim());
      return {
        recoveryKey: v.recoveryKey.trim().length >= 10 ? null : 'Enter the recovery key: 13 groups of four letters and digits.',
        username: issueOf(Username, v.username),
        next: pass.next,
        confirm: pass.confirm,
      };
    });
    if (!ok) return;
    const v = form.values;
    void submit.run('session:recover', { recoveryKey: v.recoveryKey.trim(), username, newPassphrase: v.next }, onRecovered);
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary id="recover-problems" problems={form.problems(submit.error)} focusKey={form.attempts} revealKey={submit.error} />
      <TextField
        label="Recovery key"
        hint="Type it as printed. Capitals, spaces and hyphens do not matter."
        {...form.field('recoveryKey')}
        alsoDescribedBy={submit.error ? 'recover-problems' : null}
        mono
        autoComplete="off"
      />
      <TextField label="Your user name" {...form.field('username')} autoComplete="username" autoCapitalize="none" />
      <PassphraseField label="New passphrase" {...form.field('next')} username={username} />
      <ConfirmPassphraseField {...form.field('confirm')} match={form.values.next} />
      <div className="button-row">
        <Button type="submit" busy={submit.busy} busyLabel="Checking the key…">
          Set the new passphrase and sign in
        </Button>
        <button type="button" className="link-button" onClick={onCancel}>
          Back to sign in
        </button>
      </div>
    </form>
  );
}
