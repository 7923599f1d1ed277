import type { DeviceView } from '../../../../shared/schemas/host';
import { useChange } from '../../hooks/useChange';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

/** Revoking a PC: refused by the host from its next request, and anyone signed in from it is signed out now. */
export function RevokeDeviceDialog({ device, onDone }: { device: DeviceView; onDone: () => void }) {
  const submit = useChange();
  return (
    <ConfirmDialog
      title={`Revoke ${device.name}?`}
      confirmLabel={`Revoke ${device.name}`}
      busy={submit.busy}
      busyLabel="Revoking…"
      onConfirm={() => void submit.run('host:revokeDevice', { serial: device.serial }, onDone)}
      onCancel={onDone}
    >
      <p>
        {device.name} can no longer reach the host, from now: anyone signed in on it is signed out, and nothing it sends is accepted. To let it back,
        enrol it again with a new code.
      </p>
      <div aria-live="assertive">{submit.error && <p className="row-error">{submit.error}</p>}</div>
    </ConfirmDialog>
  );
}
