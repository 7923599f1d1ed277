import type { FormEvent } from 'react';
import { AuthLayout } from '../ui/AuthLayout';
import { Button } from '../ui/Button';
import { ErrorSummary } from '../ui/ErrorSummary';
import { Heading } from '../ui/Heading';
import { TextField } from '../ui/TextField';
import { useForm } from '../hooks/useForm';
import { useChange } from '../hooks/useChange';

/**
 * A PC that works on an office host starts with its own key locked (issue 22; main/host/device-lock.ts): before
 * it can connect, the person at the PC gives this PC's passphrase, the one chosen when it was enrolled. It is
 * checked on this PC and never sent to the host; wrong ones are slowed down. Each person's own sign-in comes
 * after, as usual.
 */
export function DeviceUnlockScreen({ onUnlocked }: { onUnlocked: () => void }) {
  const form = useForm('device-unlock', { passphrase: '' });
  const submit = useChange();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check((v) => ({ passphrase: v.passphrase ? null : 'Enter this PC’s passphrase.' }))) return;
    void submit.run('device:unlock', { passphrase: form.values.passphrase }, onUnlocked);
  };

  return (
    <AuthLayout>
      <Heading>This PC’s Hearth key is locked</Heading>
      <p className="lede">Enter this PC’s passphrase to connect to the office host. It is the passphrase chosen when this PC was enrolled, not your own sign-in passphrase.</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary id="device-unlock-problems" problems={form.problems(submit.error)} focusKey={form.attempts} revealKey={submit.error} />
        <TextField label="This PC’s passphrase" type="password" {...form.field('passphrase')} alsoDescribedBy={submit.error ? 'device-unlock-problems' : null} autoComplete="current-password" />
        <Button type="submit" busy={submit.busy} busyLabel="Unlocking…">
          Unlock this PC
        </Button>
      </form>
      <div className="card__footer">
        <p className="secondary-text">Forgotten it? Ask your office administrator: this PC will need enrolling again.</p>
      </div>
    </AuthLayout>
  );
}
