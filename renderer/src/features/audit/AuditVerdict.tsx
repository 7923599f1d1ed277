import type { AuditVerifyOutput } from '../../../../shared/schemas/admin';

interface Props {
  verdict: AuditVerifyOutput;
}

/** The audit chain check in words, with a symbol and colour as well as the words. */
export function AuditVerdict({ verdict }: Props) {
  if (verdict.ok) {
    return (
      <p className="verdict verdict--good">
        <span aria-hidden="true">✓</span>
        Audit log intact: {verdict.checked} {verdict.from ? 'new ' : ''}event{verdict.checked === 1 ? '' : 's'} checked
        {verdict.from ? ` since event ${verdict.from}, which an earlier check found intact (the audit page checks the whole log)` : ''}.
      </p>
    );
  }
  return (
    <>
      <p className="verdict verdict--bad">
        <span aria-hidden="true">✗</span>
        Audit log problem: {verdict.problem ?? 'the chain does not check out.'}
      </p>
      <p>Someone or something has changed, removed or reordered audit records. Tell your administrator, and keep the current backups.</p>
    </>
  );
}
