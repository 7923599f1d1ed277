import { HostSetUpInput, type HostStatus } from '../../../../shared/schemas/host';
import { useChange } from '../../hooks/useChange';
import { useForm } from '../../hooks/useForm';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/TextField';
import { problemWith } from './problem';

interface Props {
  /** The host as set up already (the form then changes its addresses), or null the first time. */
  current: HostStatus | null;
}

const addressesOf = (typed: string) => typed.split(/[\s,]+/).filter(Boolean);

/**
 * "Set up this workspace as a host" (host:setUp): the first time it makes the host's certificate authority;
 * after that it gives the host a new server certificate for other addresses, and the PCs enrolled already
 * carry on (they pinned the authority, not the server certificate).
 */
export function SetUpHostForm({ current }: Props) {
  const form = useForm('host-setup', { officeName: current?.officeName ?? '', addresses: current?.addresses.join(', ') ?? '' });
  const submit = useChange();
  const save = () => {
    const input = { officeName: form.values.officeName, addresses: addressesOf(form.values.addresses) };
    const ok = form.check(() => ({
      officeName: problemWith(HostSetUpInput.shape.officeName, input.officeName),
      addresses: problemWith(HostSetUpInput.shape.addresses, input.addresses),
    }));
    if (ok) void submit.run('host:setUp', input);
  };
  const first = current === null;
  return (
    <section className="panel" aria-labelledby="host-setup-heading">
      <h2 id="host-setup-heading">{first ? 'Set up this workspace as a host' : 'The host’s addresses'}</h2>
      {first ? (
        <p>
          Makes the office’s own certificate authority, kept inside this encrypted workspace. Then enrol each PC with a one-time code, and start the host with{' '}
          <code>hearth serve --listen ADDRESS:PORT</code> on this computer.
        </p>
      ) : (
        <p>Change these if the host moves to another address. PCs enrolled already keep working; they need the new address.</p>
      )}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <ErrorSummary id="host-setup-problems" problems={form.problems(submit.error)} focusKey={form.attempts} revealKey={submit.error} />
        {first && <TextField {...form.field('officeName')} label="Office name" hint="Shown in the office’s certificates, such as “Ipswich office”." />}
        <TextField
          {...form.field('addresses')}
          label="Addresses the PCs will use"
          hint="This computer’s address on the office network (such as 192.168.1.20) or its name (such as hearth-host). Separate more than one with commas."
          mono
        />
        <Button type="submit" variant={first ? 'primary' : 'secondary'} busy={submit.busy} busyLabel="Making the certificates…">
          {first ? 'Set up this workspace as a host' : 'Save the addresses'}
        </Button>
      </form>
    </section>
  );
}
