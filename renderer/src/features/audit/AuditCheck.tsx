import { useState } from 'react';
import type { AuditVerifyOutput } from '../../../../shared/schemas/admin';
import { hearth } from '../../api/hearth';
import { Button } from '../../ui/Button';
import { useSubmit } from '../../hooks/useSubmit';
import { AuditVerdict } from './AuditVerdict';

interface Props {
  /** Called after a check (the check itself adds an event to the log). */
  onChecked: () => void;
}

export function AuditCheck({ onChecked }: Props) {
  const [verdict, setVerdict] = useState<AuditVerifyOutput | null>(null);
  const submit = useSubmit();
  const check = () =>
    void submit.run(
      () => hearth.audit.verify({}),
      (value) => {
        setVerdict(value);
        onChecked();
      },
    );

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
