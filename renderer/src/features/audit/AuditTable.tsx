import { formatDateTime } from '../../../../shared/format/dates';
import type { AuditEvent } from '../../../../shared/schemas/admin';
import { describeAction } from './actionLabels';
import { AUDIT_PAGE_SIZE } from './hooks/useAuditEvents';

interface Props {
  events: readonly AuditEvent[];
}

const OUTCOME: Record<AuditEvent['outcome'], { label: string; tone: string }> = {
  ok: { label: 'Done', tone: 'tag tag--success' },
  denied: { label: 'Refused', tone: 'tag tag--warning' },
  failed: { label: 'Failed', tone: 'tag tag--error' },
};

export function AuditTable({ events }: Props) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>
          {events.length === AUDIT_PAGE_SIZE ? `The latest ${AUDIT_PAGE_SIZE} events` : `${events.length} event${events.length === 1 ? '' : 's'}`}, newest first
          (times are UK time)
        </caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">User</th>
            <th scope="col">Action</th>
            <th scope="col">Target</th>
            <th scope="col">Outcome</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.seq}>
              <td className="nowrap">{formatDateTime(e.at)}</td>
              <td className="mono">{e.username ?? '—'}</td>
              <td>{describeAction(e.action)}</td>
              <td className="mono">{e.target ?? '—'}</td>
              <td>
                <span className={OUTCOME[e.outcome].tone}>{OUTCOME[e.outcome].label}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
