import type { FormEvent } from 'react';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/TextField';
import { useForm } from '../../hooks/useForm';
import { useChange } from '../../hooks/useChange';

interface Props {
  onConfirmed: () => void;
  submitLabel: string;
}

/** Type the key's last group of four characters: proof that a copy was made. */
export function ConfirmKeyForm({ onConfirmed, submitLabel }: Props) {
  const form = useForm('confirm-key', { group: '' });
  const submit = useChange();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const finalGroup = form.values.group.trim();
    if (!form.check(() => ({ group: finalGroup.length === 4 ? null : 'Type the last group of the recovery key: 4 letters or digits.' }))) return;
    void submit.run('workspace:confirmRecoveryKey', { finalGroup }, onConfirmed);
  };

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <ErrorSummary id="confirm-key-problems" problems={form.problems(submit.error)} focusKey={form.attempts} revealKey={submit.error} />
      <TextField
        label="Last group of the recovery key"
        hint="To show you have kept a copy, type the last 4 characters of the key from your copy."
        {...form.field('group')}
        alsoDescribedBy={submit.error ? 'confirm-key-problems' : null}
        width="short"
        mono
        autoComplete="off"
        autoCapitalize="characters"
        maxLength={8}
      />
      <Button type="submit" busy={submit.busy} busyLabel="Checking…">
        {submitLabel}
      </Button>
    </form>
  );
}
