import { ConfirmPassphraseField } from '../../ui/ConfirmPassphraseField';
import { PassphraseField } from '../../ui/PassphraseField';
import { TextField } from '../../ui/TextField';
import type { Form } from '../../hooks/useForm';
import type { SetupValues } from './setupValues';

interface Props {
  form: Form<SetupValues>;
  /** The error summary's id while main's answer is an error, so the first field points to it. */
  serverError: string | null;
}

export const USERNAME_HINT = 'Lower-case letters and digits, starting with a letter; dots, hyphens and underscores are fine. For example, sam.patel.';

export function SetupFields({ form, serverError }: Props) {
  const username = form.values.username.trim();
  return (
    <>
      <TextField
        label="Workspace name"
        hint="Usually the office or team, for example Ipswich Neighbourhood Team."
        {...form.field('workspaceName')}
        alsoDescribedBy={serverError}
        autoComplete="organization"
      />
      <TextField label="Your full name" {...form.field('displayName')} autoComplete="name" />
      <TextField label="Your user name" hint={USERNAME_HINT} {...form.field('username')} autoComplete="username" autoCapitalize="none" />
      <PassphraseField label="Choose a passphrase" {...form.field('passphrase')} username={username} />
      <ConfirmPassphraseField {...form.field('confirm')} match={form.values.passphrase} />
    </>
  );
}
