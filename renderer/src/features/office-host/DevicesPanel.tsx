import { useState } from 'react';
import type { DeviceView } from '../../../../shared/schemas/host';
import { formatDate, formatDateTime } from '../../../../shared/time/format';
import { Button } from '../../ui/Button';
import { DataTable } from '../../ui/DataTable';
import { RenameDeviceDialog } from './RenameDeviceDialog';
import { RevokeDeviceDialog } from './RevokeDeviceDialog';

type Open = { kind: 'rename' | 'revoke'; device: DeviceView } | null;

/** The PCs enrolled with the host: named, dated, revoked or not, with Rename and Revoke. */
export function DevicesPanel({ devices }: { devices: readonly DeviceView[] }) {
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <section className="panel" aria-labelledby="devices-heading">
      <h2 id="devices-heading">Enrolled PCs</h2>
      {devices.length === 0 ? (
        <p>No PC is enrolled yet. Create an enrolment code above for the first.</p>
      ) : (
        <DataTable
          caption="Enrolled PCs"
          captionHidden
          rows={devices}
          rowKey={(d) => d.serial}
          columns={[
            { header: 'PC', rowHeader: true, cell: (d) => d.name },
            { header: 'Enrolled', cell: (d) => `${formatDate(d.enrolledAt)}${d.enrolledBy ? ` by ${d.enrolledBy}` : ''}`, className: 'nowrap' },
            { header: 'Last seen', cell: (d) => (d.lastSeenAt ? formatDateTime(d.lastSeenAt) : 'Not yet'), className: 'nowrap' },
            { header: 'Access', cell: (d) => (d.revokedAt ? `Revoked on ${formatDate(d.revokedAt)}` : 'Allowed') },
            {
              header: <span className="visually-hidden">Change</span>,
              cell: (d) =>
                d.revokedAt ? null : (
                  <div className="button-row">
                    <Button small variant="secondary" aria-label={`Rename ${d.name}`} onClick={() => setOpen({ kind: 'rename', device: d })}>
                      Rename
                    </Button>
                    <Button small variant="danger" aria-label={`Revoke ${d.name}`} onClick={() => setOpen({ kind: 'revoke', device: d })}>
                      Revoke
                    </Button>
                  </div>
                ),
            },
          ]}
        />
      )}
      {open?.kind === 'rename' && <RenameDeviceDialog device={open.device} onDone={close} />}
      {open?.kind === 'revoke' && <RevokeDeviceDialog device={open.device} onDone={close} />}
    </section>
  );
}
