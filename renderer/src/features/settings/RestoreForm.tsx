import type { FormEvent } from 'react';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/TextField';
import { useForm } from '../../hooks/useForm';
import { useSession } from '../../hooks/useSession';
import { useChange } from '../../hooks/useChange';
import { CheckboxField } from '../../ui/CheckboxField';

/** Administrators only: replace the workspace with a verified backup. Everyone signs in again afterwards. */
export function RestoreForm() {
  const { sessionEnded } = useSession();
  const form = useForm('restore', { path: '', passphrase: '', understood: false });
  const submit = useChange();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check((v) => ({
      path: v.path.trim() ? null : 'Enter the full path of the backup file.',
      passphrase: v.passphrase ? null : 'Enter your passphrase.',
      understood: v.understood ? null : 'Confirm that you understand the current data will be replaced.',
    }));
    if (!ok) return;
    void submit.run('backup:restore', { path: form.values.path.trim(), passphrase: form.values.passphrase },
      (done) => sessionEnded(`The backup ${done.restoredFrom} was restored. The data that was there before is kept at ${done.keptPrevious}. Sign in again to carry on.`),
    );
  };

  return (
    <section className="panel" aria-labelledby="restore-heading">
      <h2 id="restore-heading">Restore from a backup</h2>
      <p>Hearth checks the backup fully before it replaces anything. Afterwards everyone, including you, signs in again.</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary id="restore-problems" problems={form.problems(submit.error)} focusKey={form.attempts} revealKey={submit.error} />
        <TextField
          label="Backup file"
          hint="The file’s full path, such as D:\Hearth backups\hearth-office-2026-11-21.hbk."
          {...form.field('path')}
          alsoDescribedBy={submit.error ? 'restore-problems' : null}
          mono
        />
        <TextField
          label="Your passphrase"
          hint="The passphrase you had when the backup was made: it is what opens the backup."
          type="password"
          {...form.field('passphrase')}
          autoComplete="current-password"
        />
        <CheckboxField
          id={form.id('understood')}
          label="I understand the current data will be replaced by the backup (the current data is kept aside, not deleted)."
          checked={form.values.understood}
          onChange={(understood) => form.set({ understood })}
          error={form.errors.understood}
        />
        <Button type="submit" variant="danger" busy={submit.busy} busyLabel="Checking and restoring…">
          Restore this backup
        </Button>
      </form>
    </section>
  );
}
