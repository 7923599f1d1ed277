import type { FormEvent } from 'react';
import type { SessionInfo } from '../../../../shared/schemas/session';
import { AuthLayout } from '../../ui/AuthLayout';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Heading } from '../../ui/Heading';
import { useForm } from '../../hooks/useForm';
import { useChange } from '../../hooks/useChange';
import { SetupFields } from './SetupFields';
import { EMPTY_SETUP, officeOf, setupErrors } from './setupValues';
import { OfficeFields } from './OfficeFields';

interface Props {
  onCreated: (recoveryKey: string, session: SessionInfo) => void;
}

/** First run: name the workspace and create its first administrator. */
export function SetupScreen({ onCreated }: Props) {
  const form = useForm('setup', EMPTY_SETUP);
  const submit = useChange();

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.check(setupErrors)) return;
    const v = form.values;
    void submit.run('workspace:create', {
          workspaceName: v.workspaceName.trim(),
          admin: { displayName: v.displayName.trim(), username: v.username.trim(), passphrase: v.passphrase },
          office: officeOf(v),
        },
      (created) => onCreated(created.recoveryKey, created.session),
    );
  };

  return (
    <AuthLayout>
      <Heading>Set up Hearth</Heading>
      <p className="lede">Hearth keeps this office’s case records in an encrypted workspace on this computer.</p>
      <p>You will be its first administrator. You can add the rest of the team once it is set up.</p>
      <ErrorSummary id="setup-problems" problems={form.problems(submit.error)} focusKey={form.attempts} revealKey={submit.error} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <SetupFields form={form} serverError={submit.error ? 'setup-problems' : null} />
        <OfficeFields form={form} />
        <Button type="submit" busy={submit.busy} busyLabel="Creating the workspace…">
          Create the workspace
        </Button>
      </form>
    </AuthLayout>
  );
}
