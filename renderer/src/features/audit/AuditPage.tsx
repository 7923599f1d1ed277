import { Heading } from '../../ui/Heading';
import { Notice } from '../../ui/Notice';
import { AuditCheck } from './AuditCheck';
import { AuditTable } from './AuditTable';
import { useQuery } from '@tanstack/react-query';
import { hearthQuery } from '../../api/queries';
import { AUDIT_PAGE_SIZE } from './pageSize';

export function AuditPage() {
  const events = useQuery(hearthQuery('audit:list', { limit: AUDIT_PAGE_SIZE }));
  return (
    <>
      <div className="page__header">
        <Heading>Audit log</Heading>
        <p>Every sign-in, view, change and export, in a chain that shows if any entry is later altered, removed or reordered.</p>
      </div>
      <AuditCheck />
      {events.isPending && <p>Loading the audit log…</p>}
      {events.isError && (
        <Notice tone="error" title="The audit log could not be loaded">
          <p>{events.error.message}</p>
        </Notice>
      )}
      {events.isSuccess && <AuditTable events={events.data} />}
    </>
  );
}
