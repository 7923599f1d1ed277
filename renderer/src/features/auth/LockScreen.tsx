import type { FormEvent } from 'react';
import type { SessionInfo } from '../../../../shared/schemas/session';
import type { WorkspaceStatus } from '../../../../shared/schemas/session';
import { AuthLayout } from '../../ui/AuthLayout';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Heading } from '../../ui/Heading';
import { TextField } from '../../ui/TextField';
import { useForm } from '../../hooks/useForm';
import { useChange } from '../../hooks/useChange';

type LockedUser = NonNullable<WorkspaceStatus['lockedUser']>;

interface Props {
  user: LockedUser;
  onUnlocked: (session: SessionInfo) => void;
  onSwitchUser: () => void;
}

/** The workspace is closed and its key dropped; only the name of who was signed in is kept. */
export function LockScreen({ user, onUnlocked, onSwitchUser }: Props) {
  const form = useForm('unlock', { passphrase: '' });
  const submit = useChange();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check((v) => ({ passphrase: v.passphrase ? null : 'Enter your passphrase.' }))) return;
    void submit.run('session:unlock', { passphrase: form.values.passphrase }, onUnlocked);
  };

  return (
    <AuthLayout>
      <Heading>Hearth is locked</Heading>
      <p className="lede">
        {user.displayName} ({user.username}) is signed in. Enter your passphrase to carry on where you left off.
      </p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary id="unlock-problems" problems={form.problems(submit.error)} focusKey={form.attempts} revealKey={submit.error} />
        <TextField
          label="Passphrase"
          type="password"
          {...form.field('passphrase')}
          alsoDescribedBy={submit.error ? 'unlock-problems' : null}
          autoComplete="current-password"
        />
        <Button type="submit" busy={submit.busy} busyLabel="Unlocking…">
          Unlock
        </Button>
      </form>
      <div className="card__footer">
        <p className="secondary-text">Not {user.displayName}?</p>
        <Button variant="secondary" onClick={onSwitchUser}>
          Sign in as someone else
        </Button>
      </div>
    </AuthLayout>
  );
}
