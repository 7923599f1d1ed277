import type { FormEvent } from 'react';
import type { SessionInfo } from '../../../../shared/schemas/session';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/TextField';
import { useForm } from '../../hooks/useForm';
import { useChange } from '../../hooks/useChange';

interface Props {
  onSignedIn: (session: SessionInfo) => void;
}

export function SignInForm({ onSignedIn }: Props) {
  const form = useForm('signin', { username: '', passphrase: '' });
  const submit = useChange();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check((v) => ({
      username: v.username.trim() ? null : 'Enter your user name.',
      passphrase: v.passphrase ? null : 'Enter your passphrase.',
    }));
    if (!ok) return;
    const { username, passphrase } = form.values;
    void submit.run('session:signIn', { username: username.trim().toLowerCase(), passphrase }, onSignedIn);
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary id="signin-problems" problems={form.problems(submit.error)} focusKey={form.attempts} revealKey={submit.error} />
      <TextField label="User name" {...form.field('username')} autoComplete="username" autoCapitalize="none" />
      <TextField
        label="Passphrase"
        type="password"
        {...form.field('passphrase')}
        alsoDescribedBy={submit.error ? 'signin-problems' : null}
        autoComplete="current-password"
      />
      <Button type="submit" busy={submit.busy} busyLabel="Signing in…">
        Sign in
      </Button>
    </form>
  );
}
