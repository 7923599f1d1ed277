import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { hearthQuery } from '../../api/queries';
import { DeviceName, type EnrolmentCode } from '../../../../shared/schemas/host';
import { formatDateTime } from '../../../../shared/time/format';
import { useChange } from '../../hooks/useChange';
import { useForm } from '../../hooks/useForm';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { problemWith } from './problem';

/**
 * "Create an enrolment code" for a named PC (host:enrolmentCode). The code is shown here once, large, to be
 * read out to the person at the PC; the host keeps only its hash, and it works once within 15 minutes.
 */
export function EnrolmentCodePanel({ addresses }: { addresses: readonly string[] }) {
  const form = useForm('enrol', { name: '' });
  const submit = useChange();
  const [made, setMade] = useState<EnrolmentCode | null>(null);
  // The same read as the summary's (one cache entry): the port the host listens on, once it does.
  const port = useQuery(hearthQuery('host:connected', {})).data?.port ?? null;
  const create = () => {
    setMade(null);
    if (form.check((v) => ({ name: problemWith(DeviceName, v.name) }))) void submit.run('host:enrolmentCode', { deviceName: form.values.name }, setMade);
  };
  return (
    <section className="panel" aria-labelledby="enrol-heading">
      <h2 id="enrol-heading">Enrol a PC</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          create();
        }}
      >
        <ErrorSummary id="enrol-problems" problems={form.problems(submit.error)} focusKey={form.attempts} revealKey={submit.error} />
        <TextField {...form.field('name')} label="Name of the PC" hint="A name people will recognise in the list below, such as “Front desk PC”." />
        <Button type="submit" busy={submit.busy} busyLabel="Making a code…">
          Create an enrolment code
        </Button>
      </form>
      <div aria-live="polite" className="result-area">
        {made && (
          <Notice tone="success" title={`Enrolment code for ${made.deviceName}`}>
            <p className="recovery-key__value" id="enrolment-code">
              {made.code}
            </p>
            <p>
              Read it to the person at {made.deviceName}. It works once, until {formatDateTime(made.expiresAt)}, and is not shown again. On that PC they
              run:
            </p>
            <p>
              <code>
                hearth enrol --host {addresses[0] ?? 'ADDRESS'}:{port ?? 'PORT'} --code {made.code} --name &quot;{made.deviceName}&quot; --out office-host.json
              </code>
            </p>
          </Notice>
        )}
      </div>
    </section>
  );
}
