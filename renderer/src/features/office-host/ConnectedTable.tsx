import type { ConnectedView } from '../../../../shared/schemas/host';
import { formatDateTime } from '../../../../shared/time/format';
import { DataTable } from '../../ui/DataTable';

/** One row per person signed in through the host, on which PC, since when. */
export function ConnectedTable({ connected }: { connected: readonly ConnectedView[] }) {
  if (connected.length === 0)
    return (
      <>
        <h3>Connected now</h3>
        <p>Nobody is signed in from a PC now.</p>
      </>
    );
  return (
    <DataTable
      caption="Connected now"
      rows={connected}
      rowKey={(c) => `${c.deviceSerial}:${c.username}`}
      columns={[
        { header: 'Person', rowHeader: true, cell: (c) => `${c.displayName} (${c.username})` },
        { header: 'PC', cell: (c) => c.deviceName },
        { header: 'Since', cell: (c) => formatDateTime(c.signedInAt), className: 'nowrap' },
        { header: 'State', cell: (c) => (c.locked ? 'Locked (idle)' : 'Working') },
      ]}
    />
  );
}
