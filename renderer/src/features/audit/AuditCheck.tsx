import { useState } from 'react';
import type { AuditVerifyOutput } from '../../../../shared/schemas/admin';
import { Button } from '../../ui/Button';
import { useChange } from '../../hooks/useChange';
import { AuditVerdict } from './AuditVerdict';

/** Checks the chain on demand; the check is itself an event, so the list below reads again (api/queries.ts). */
export function AuditCheck() {
  const [verdict, setVerdict] = useState<AuditVerifyOutput | null>(null);
  const submit = useChange();
  const check = () =>
    void submit.run('audit:verify', {}, setVerdict);

  return (
    <section className="panel" aria-labelledby="audit-check-heading">
      <h2 id="audit-check-heading">Check the audit log</h2>
      <p>Hearth recalculates the whole chain and reports the first place it breaks, if anywhere.</p>
      <Button variant="secondary" busy={submit.busy} busyLabel="Checking…" onClick={check}>
        Check the audit log
      </Button>
      <div aria-live="polite" className="result-area">
        {verdict && <AuditVerdict verdict={verdict} />}
        {submit.error && <p className="verdict verdict--bad">{submit.error}</p>}
      </div>
    </section>
  );
}
