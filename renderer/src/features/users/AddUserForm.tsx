import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { hearthQuery } from '../../api/queries';
import { passphraseProblem } from '../../../../shared/passphrase';
import { type Role, ROLE_LABELS, ROLES } from '../../../../shared/roles';
import { DisplayName, Username } from '../../../../shared/schemas/common';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { PassphraseField } from '../../ui/PassphraseField';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { issueOf } from '../../ui/forms/issueOf';
import { useForm } from '../../hooks/useForm';
import { useChange } from '../../hooks/useChange';
import { USERNAME_HINT } from '../setup';
import { PartnerChoice } from './PartnerChoice';

interface Props {
  onAdded: (message: string) => void;
}

// Every active partner starts ticked, as before the choice existed; the administrator unticks the others.
// What is kept is what was unticked, so the list can load after the form and a reset ticks them all again.
const EMPTY = { displayName: '', username: '', role: 'officer' as Role, passphrase: '', partners: [] as string[], unticked: [] as string[] };
const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

export function AddUserForm({ onAdded }: Props) {
  const form = useForm('add', EMPTY);
  const submit = useChange();
  const username = form.values.username.trim();
  const active = useQuery({ ...hearthQuery('partners:list', {}), select: (all) => all.filter((p) => p.active).map((p) => p.code) });
  const partners = (active.data ?? []).filter((c) => !form.values.unticked.includes(c));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const ok = form.check((v) => ({
      displayName: v.displayName.trim() ? issueOf(DisplayName, v.displayName) : 'Enter their full name.',
      username: v.username.trim() ? issueOf(Username, v.username) : 'Enter a user name for them.',
      passphrase: v.passphrase ? passphraseProblem(v.passphrase, v.username.trim()) : 'Enter a temporary passphrase.',
      partners: partners.length ? null : 'Choose at least one partner they work for.',
    }));
    if (!ok) return;
    const v = form.values;
    void submit.run('users:add', { displayName: v.displayName.trim(), username, role: v.role, passphrase: v.passphrase, partners },
      (user) => {
        form.reset();
        onAdded(`${user.displayName} was added as ${ROLE_LABELS[user.role].toLowerCase()}. They work for ${partners.join(', ')}. Give them their user name (${user.username}) and the temporary passphrase in person.`);
      },
    );
  };

  return (
    <section className="panel" aria-labelledby="add-user-heading">
      <h2 id="add-user-heading">Add a user</h2>
      <p>Choose a temporary passphrase and give it to the person privately. They choose their own passphrase the first time they sign in.</p>
      <form className="form" noValidate onSubmit={onSubmit}>
        <ErrorSummary id="add-problems" problems={form.problems(submit.error)} focusKey={form.attempts} revealKey={submit.error} />
        <TextField label="Full name" {...form.field('displayName')} autoComplete="off" />
        <TextField
          label="User name"
          hint={USERNAME_HINT}
          {...form.field('username')}
          alsoDescribedBy={submit.error ? 'add-problems' : null}
          autoComplete="off"
          autoCapitalize="none"
        />
        <SelectField id={form.id('role')} label="Role" value={form.values.role} onChange={(role) => form.set({ role: role as Role })} options={ROLE_OPTIONS} />
        <PassphraseField label="Temporary passphrase" {...form.field('passphrase')} username={username} />
        <PartnerChoice id={form.id('partners')} value={partners} onChange={(chosen) => form.set({ partners: chosen, unticked: (active.data ?? []).filter((c) => !chosen.includes(c)) })} error={form.errors.partners} />
        <Button type="submit" busy={submit.busy} busyLabel="Adding…">
          Add the user
        </Button>
      </form>
    </section>
  );
}
