import { useState, type FormEvent } from 'react';
import type { Settings } from '../../../../shared/schemas/admin';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/TextField';
import { useForm } from '../../hooks/useForm';
import { useChange } from '../../hooks/useChange';
import { settingsErrors, toSettings, toValues } from './settingsValues';

interface Props {
  settings: Settings;
}

export function SettingsForm({ settings }: Props) {
  const form = useForm('settings', toValues(settings));
  const [saved, setSaved] = useState(false);
  const submit = useChange();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (!form.check(settingsErrors)) return;
    void submit.run('settings:update', toSettings(form.values),
      () => setSaved(true),
    );
  };

  return (
    <section className="panel" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Locking and backups</h2>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary id="settings-problems" problems={form.problems(submit.error)} focusKey={form.attempts} revealKey={submit.error} />
        <TextField
          label="Lock after this many minutes without use"
          hint="From 1 to 240. Shorter is safer on a shared computer."
          {...form.field('idleLockMinutes')}
          inputMode="numeric"
          width="short"
        />
        <TextField
          label="Backup folder"
          hint="The folder’s full path, such as D:\Hearth backups or /media/usb/hearth. When Hearth closes with someone signed in, it writes an encrypted backup there. Leave it empty for no automatic backup."
          {...form.field('backupFolder')}
          alsoDescribedBy={submit.error ? 'settings-problems' : null}
          mono
        />
        <TextField
          label="Number of backups to keep"
          hint="From 1 to 365. After each automatic backup, Hearth deletes the oldest ones beyond this number."
          {...form.field('backupKeep')}
          inputMode="numeric"
          width="short"
        />
        <TextField
          label="Keep a restricted case open for this many minutes"
          hint="From 5 to 480. Opening a restricted case with a reason lets that person work on it for this long; then they give a reason again."
          {...form.field('restrictedAccessMinutes')}
          inputMode="numeric"
          width="short"
        />
        <div className="button-row">
          <Button type="submit" busy={submit.busy} busyLabel="Saving…">
            Save the settings
          </Button>
          <p role="status" className="verdict verdict--good">
            {saved && (
              <>
                <span aria-hidden="true">✓</span> Settings saved.
              </>
            )}
          </p>
        </div>
      </form>
    </section>
  );
}
