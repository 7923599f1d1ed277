import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { PreflightItem } from '../../../../shared/schemas/bundles';
import { formatDateTime } from '../../../../shared/time/format';
import { hearthQuery } from '../../api/queries';
import { useChange } from '../../hooks/useChange';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { ReasonDialog } from '../../ui/ReasonDialog';

/**
 * The pre-flight check of the application and draft order (issue 15): every legal or factual problem
 * main found, each with what to do. A problem the law requires to be fixed has no button; one the law
 * leaves to judgement can be passed over with a reason, which is kept and audited. The build refuses
 * while any stands.
 */
export function PreflightPanel({ caseId }: { caseId: number }) {
  const report = useQuery(hearthQuery('bundle:preflight', { caseId }));
  const change = useChange({ caseId });
  const [asking, setAsking] = useState<PreflightItem | null>(null);
  if (report.isPending) return null;
  if (report.isError) {
    return (
      <Notice tone="error" title="The pre-flight check could not run">
        <p>{report.error.message}</p>
      </Notice>
    );
  }
  const { items, blocked } = report.data;
  return (
    <section className="panel" aria-labelledby="preflight-h">
      <h2 id="preflight-h">Pre-flight check: the application and draft order</h2>
      {items.length === 0 ? (
        <p>No problems found: the application and draft order plead what the Act needs.</p>
      ) : (
        <>
          <p>{blocked ? 'The application and draft order cannot be built until each problem below is fixed on the injunction, or, where the law allows, passed over with a reason.' : 'Every problem below has been passed over with a reason.'}</p>
          <ul className="preflight-list">
            {items.map((item) => (
              <li key={item.code}>
                <Notice tone={item.override ? 'info' : item.overridable ? 'warning' : 'error'}>
                  <p>
                    <strong>{item.rule}:</strong> {item.message}
                  </p>
                  {item.override ? (
                    <p>
                      Passed over by {item.override.by} on {formatDateTime(item.override.at)}: “{item.override.reason}”
                    </p>
                  ) : item.overridable ? (
                    <Button variant="secondary" small onClick={() => setAsking(item)}>
                      Pass over with a reason
                    </Button>
                  ) : (
                    <p>The law requires this: it cannot be passed over.</p>
                  )}
                </Notice>
              </li>
            ))}
          </ul>
        </>
      )}
      {asking && (
        <ReasonDialog
          id="preflight-override"
          title="Pass over this problem"
          label="Why the papers can go as they are"
          confirmLabel="Pass over"
          busy={change.busy}
          error={change.error}
          onCancel={() => {
            change.clearError();
            setAsking(null);
          }}
          onConfirm={(reason) => void change.run('bundle:preflightOverride', { caseId, code: asking.code, reason }, () => setAsking(null))}
        >
          <p>{asking.message}</p>
          <p>Your reason is kept with the injunction and recorded in the audit log.</p>
        </ReasonDialog>
      )}
    </section>
  );
}
