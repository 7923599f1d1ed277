import { hearth } from '../../api/hearth';
import { routeHref } from '../../hooks/useHashRoute';
import { useResult } from '../../hooks/useResult';
import { AuditVerdict } from '../audit';

const verifyAudit = () => hearth.audit.verify({});

/** For managers and administrators: is the audit chain whole? */
export function WorkspaceHealth() {
  const [verdict] = useResult(verifyAudit);
  return (
    <section className="panel" aria-labelledby="health-heading">
      <h2 id="health-heading">Workspace health</h2>
      <div aria-live="polite">
        {verdict.state === 'loading' && <p>Checking the audit log…</p>}
        {verdict.state === 'error' && <p className="verdict verdict--bad">Could not check the audit log: {verdict.message}</p>}
        {verdict.state === 'ok' && <AuditVerdict verdict={verdict.value} />}
      </div>
      <p>
        <a href={routeHref('audit')}>Open the audit log</a>
      </p>
    </section>
  );
}
