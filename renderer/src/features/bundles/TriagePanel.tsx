import { useState } from 'react';
import type { TriageReport } from '../../../../shared/schemas/bundles';
import { useChange } from '../../hooks/useChange';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';

/**
 * Evidence check before building (issue 7 §4): each file read as the build will read it, reported with
 * its reason: changed since intake, password-protected, damaged, scanned pages with no text, photos over
 * 300 dpi, and names of people withheld from the court.
 */
export function TriagePanel({ caseId }: { caseId: number }) {
  const [report, setReport] = useState<TriageReport | null>(null);
  const check = useChange();
  const run = () => check.run('bundle:check', { caseId }, setReport);
  const { busy, error } = check;
  const problems = report?.items.filter((i) => i.status !== 'ok') ?? [];
  return (
    <section className="panel bundle-triage" aria-labelledby="triage-h">
      <h2 id="triage-h">Evidence check</h2>
      <p className="bundle-hint">Reads every evidence file as the build will, checks its fingerprint (SHA-256) matches the one recorded when it was added, so nothing has changed since, and looks for anything the court should not get.</p>
      <Button variant="secondary" busy={busy} busyLabel="Checking the evidence…" onClick={() => void run()}>
        Check the evidence
      </Button>
      {error && (
        <Notice tone="error" title="The evidence could not be checked" live>
          <p>{error}</p>
        </Notice>
      )}
      {report && (
        <div role="status">
          <p>
            {report.items.length} file{report.items.length === 1 ? '' : 's'} checked: {problems.length ? `${problems.length} to look at.` : 'nothing to report.'}
          </p>
          {problems.length > 0 && (
            <ul className="bundle-triage__list">
              {problems.flatMap((i) =>
                i.problems.map((p, k) => (
                  <li key={`${i.key}-${k}`}>
                    <span className={`tag ${i.status === 'error' ? 'tag--error' : 'tag--warning'}`}>{i.status === 'error' ? 'Cannot use' : 'Check'}</span> {p}
                  </li>
                )),
              )}
            </ul>
          )}
          {report.warnings.map((w) => (
            <p key={w.message}>{w.message}</p>
          ))}
        </div>
      )}
    </section>
  );
}
