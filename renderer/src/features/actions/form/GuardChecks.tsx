import type { GuardReport } from '../../../../../shared/schemas/actions';
import { spokenSummary } from './guardProblems';
import { type GuardReportProps, GuardReportView } from './GuardReportView';

type Props = Omit<GuardReportProps, 'report'> & { report: GuardReport | null; checking: boolean };

/**
 * What the policy says about this action as it is filled in (DESIGN §5): what stops it and what to do,
 * what needs a reason to go on (the reason is kept with the action), and what is only to bear in mind.
 * A screen reader hears one sentence each time the answer changes.
 */
export function GuardChecks({ report, checking, ...rest }: Props) {
  return (
    <div className="guard-area">
      <p className="visually-hidden" aria-live="polite">
        {spokenSummary(report)}
      </p>
      {!report && checking && <p className="guard-checks guard-checks--waiting">Checking the policy…</p>}
      {report && <GuardReportView report={report} {...rest} />}
    </div>
  );
}
