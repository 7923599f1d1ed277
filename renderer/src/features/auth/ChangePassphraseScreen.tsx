import type { FormEvent } from 'react';
import type { SessionInfo } from '../../../../shared/schemas/session';
import { AuthLayout } from '../../ui/AuthLayout';
import { Button } from '../../ui/Button';
import { ConfirmPassphraseField } from '../../ui/ConfirmPassphraseField';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Heading } from '../../ui/Heading';
import { PassphraseField } from '../../ui/PassphraseField';
import { TextField } from '../../ui/TextField';
import { newPassphraseErrors } from '../../ui/forms/newPassphrase';
import { useForm } from '../../hooks/useForm';
import { useChange } from '../../hooks/useChange';

interface Props {
  session: SessionInfo;
  onChanged: () => void;
  onSignOut: () => void;
}

/** After an administrator set a temporary passphrase: the person chooses one only they know. */
export function ChangePassphraseScreen({ session, onChanged, onSignOut }: Props) {
  const form = useForm('change', { current: '', next: '', confirm: '' });
  const submit = useChange();
  const { username } = session.user;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check((v) => {
      const pass = newPassphraseErrors(v.next, v.confirm, username);
      return {
        current: v.current ? null : 'Enter the temporary passphrase you were given.',
        next: pass.next ?? (v.next === v.current ? 'The new passphrase must be different from the temporary one.' : null),
        confirm: pass.confirm,
      };
    });
    if (!ok) return;
    void submit.run('session:changePassphrase', { current: form.values.current, next: form.values.next }, onChanged);
  };

  return (
    <AuthLayout>
      <Heading>Choose your own passphrase</Heading>
      <p className="lede">Welcome, {session.user.displayName}. An administrator set a temporary passphrase for you.</p>
      <p>Choose a new one that only you know. You will use it every time you sign in to Hearth.</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary id="change-problems" problems={form.problems(submit.error)} focusKey={form.attempts} revealKey={submit.error} />
        <TextField
          label="Temporary passphrase"
          type="password"
          {...form.field('current')}
          alsoDescribedBy={submit.error ? 'change-problems' : null}
          autoComplete="current-password"
        />
        <PassphraseField label="New passphrase" {...form.field('next')} username={username} />
        <ConfirmPassphraseField {...form.field('confirm')} match={form.values.next} />
        <Button type="submit" busy={submit.busy} busyLabel="Saving…">
          Save and continue
        </Button>
      </form>
      <div className="card__footer">
        <button type="button" className="link-button" onClick={onSignOut}>
          Not now: sign out
        </button>
      </div>
    </AuthLayout>
  );
}
