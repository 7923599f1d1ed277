import { useQuery } from '@tanstack/react-query';
import { hearthQuery } from '../../api/queries';
import { routeHref } from '../../hooks/useHashRoute';
import { AuditVerdict } from '../audit';

/**
 * For managers and administrators: is the audit chain whole? Home runs the quick check (the events since the
 * last check found the chain whole); the audit page's button walks the whole chain.
 */
export function WorkspaceHealth() {
  const verdict = useQuery(hearthQuery('audit:verify', { sinceLastCheck: true }));
  return (
    <section className="panel" aria-labelledby="health-heading">
      <h2 id="health-heading">Workspace health</h2>
      <div aria-live="polite">
        {verdict.isPending && <p>Checking the audit log…</p>}
        {verdict.isError && <p className="verdict verdict--bad">Could not check the audit log: {verdict.error.message}</p>}
        {verdict.isSuccess && <AuditVerdict verdict={verdict.data} />}
      </div>
      <p>
        <a href={routeHref('audit')}>Open the audit log</a>
      </p>
    </section>
  );
}
