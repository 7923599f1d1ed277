import { DeviceName, type DeviceView } from '../../../../shared/schemas/host';
import { useChange } from '../../hooks/useChange';
import { useForm } from '../../hooks/useForm';
import { Dialog } from '../../ui/Dialog';
import { DialogForm } from '../../ui/DialogForm';
import { TextField } from '../../ui/TextField';
import { problemWith } from './problem';

/** A new name for an enrolled PC, as the device list and the audit log show it. */
export function RenameDeviceDialog({ device, onDone }: { device: DeviceView; onDone: () => void }) {
  const form = useForm('rename-device', { name: device.name });
  const submit = useChange();
  const save = () => {
    if (form.check((v) => ({ name: problemWith(DeviceName, v.name) }))) void submit.run('host:nameDevice', { serial: device.serial, name: form.values.name }, onDone);
  };
  return (
    <Dialog id="rename-device" title={`Rename ${device.name}`} focusId={form.id('name')} busy={submit.busy} onCancel={onDone}>
      <DialogForm
        id="rename-device"
        problems={form.problems(null)}
        focusKey={form.attempts}
        serverError={submit.error}
        busy={submit.busy}
        submitLabel="Save the name"
        busyLabel="Saving…"
        onSubmit={save}
        onCancel={onDone}
      >
        <TextField {...form.field('name')} label="Name of the PC" />
      </DialogForm>
    </Dialog>
  );
}
