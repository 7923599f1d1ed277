import { formatDateTime } from '../../../../shared/time/format';
import type { AuditEvent } from '../../../../shared/schemas/admin';
import { DataTable } from '../../ui/DataTable';
import { describeAction } from './actionLabels';
import { AUDIT_PAGE_SIZE } from './pageSize';

interface Props {
  events: readonly AuditEvent[];
}

const OUTCOME: Record<AuditEvent['outcome'], { label: string; tone: string }> = {
  ok: { label: 'Done', tone: 'tag tag--success' },
  denied: { label: 'Refused', tone: 'tag tag--warning' },
  failed: { label: 'Failed', tone: 'tag tag--error' },
};

export function AuditTable({ events }: Props) {
  const count = events.length === AUDIT_PAGE_SIZE ? `The latest ${AUDIT_PAGE_SIZE} events` : `${events.length} event${events.length === 1 ? '' : 's'}`;
  return (
    <DataTable
      caption={`${count}, newest first (times are UK time)`}
      rows={events}
      rowKey={(e) => e.seq}
      columns={[
        { header: 'When', className: 'nowrap', cell: (e) => formatDateTime(e.at) },
        { header: 'User', className: 'mono', cell: (e) => e.username ?? '—' },
        { header: 'Action', cell: (e) => describeAction(e.action) },
        { header: 'Target', className: 'mono', cell: (e) => e.target ?? '—' },
        { header: 'Outcome', cell: (e) => <span className={OUTCOME[e.outcome].tone}>{OUTCOME[e.outcome].label}</span> },
      ]}
    />
  );
}
