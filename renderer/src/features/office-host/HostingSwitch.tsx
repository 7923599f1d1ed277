import { DEFAULT_HOST_PORT, HostServeInput } from '../../../../shared/schemas/host';
import { useChange } from '../../hooks/useChange';
import { useForm } from '../../hooks/useForm';
import { Button } from '../../ui/Button';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { problemWith } from './problem';

interface Props {
  addresses: readonly string[];
  serving: boolean;
}

/**
 * "Host this workspace for the office" (host:serve): the app serves the workspace to the enrolled PCs
 * itself, at one of the host's addresses. Stopping signs every PC out. Where this program cannot host (a PC
 * working on a host), main says so and how (`hearth serve`).
 */
export function HostingSwitch({ addresses, serving }: Props) {
  const form = useForm('hosting', { address: addresses[0] ?? '', port: String(DEFAULT_HOST_PORT) });
  const submit = useChange();
  const start = () => {
    const port = Number(form.values.port.trim());
    const ok = form.check((v) => ({ port: v.port.trim() === '' ? 'Enter the port, such as 8443.' : problemWith(HostServeInput.shape.port, port) }));
    if (ok) void submit.run('host:serve', { on: true, address: form.values.address, port });
  };
  if (serving)
    return (
      <div className="result-area hosting-stop">
        <Button variant="secondary" busy={submit.busy} busyLabel="Stopping…" onClick={() => void submit.run('host:serve', { on: false })}>
          Stop hosting
        </Button>
        {submit.error && <p className="row-error">{submit.error}</p>}
      </div>
    );
  return (
    <form
      noValidate
      aria-labelledby="hosting-heading"
      onSubmit={(e) => {
        e.preventDefault();
        start();
      }}
    >
      <h3 id="hosting-heading">Host this workspace for the office</h3>
      <ErrorSummary id="hosting-problems" problems={form.problems(submit.error)} focusKey={form.attempts} revealKey={submit.error} />
      <SelectField id={form.id('address')} label="Address" value={form.values.address} onChange={(address) => form.set({ address })} options={addresses.map((a) => ({ value: a, label: a }))} />
      <TextField {...form.field('port')} label="Port" width="short" inputMode="numeric" hint="8443 unless another program uses it." />
      <Button type="submit" busy={submit.busy} busyLabel="Starting…">
        Start hosting
      </Button>
    </form>
  );
}
