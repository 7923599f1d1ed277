import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { AuditCheck } from './AuditCheck';
import { AuditTable } from './AuditTable';
import { useAuditEvents } from './hooks/useAuditEvents';

export function AuditPage() {
  const [events, reload] = useAuditEvents();
  return (
    <>
      <div className="page__header">
        <Heading>Audit log</Heading>
        <p>Every sign-in, view, change and export, in a chain that shows if any entry is later altered, removed or reordered.</p>
      </div>
      <AuditCheck onChecked={reload} />
      {events.state === 'loading' && <p>Loading the audit log…</p>}
      {events.state === 'error' && (
        <Notice tone="error" title="The audit log could not be loaded">
          <p>{events.message}</p>
        </Notice>
      )}
      {events.state === 'ok' && <AuditTable events={events.value} />}
    </>
  );
}
