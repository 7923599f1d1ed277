import type { CaseCreated } from '../../../../../shared/schemas/cases';
import type { z } from 'zod';
import { Heading } from '../../../ui/Heading';
import { REPORT_HREF } from '../labels';
import { EqualityStep } from './EqualityStep';
import { UrgentNotice } from './UrgentNotice';
import { EmergencyStepsForm } from './EmergencyStepsForm';
import { Notice } from '../../../ui/Notice';
import { caseHref } from '../../../hooks/useHashRoute';

export type SavedReport = z.output<typeof CaseCreated>;

interface Props {
  saved: SavedReport;
  onAnother: () => void;
}

/** After saving: the reference, anything due at once, the optional equality step, then the case. */
export function SavedReportPage({ saved, onAnother }: Props) {
  return (
    <>
      <div className="page__header">
        <Heading title={`Report saved: ${saved.ref}`}>Report saved</Heading>
        <div className="saved-ref" role="status">
          <span className="saved-ref__label">Case reference</span>
          <span className="saved-ref__value">{saved.ref}</span>
        </div>
      </div>
      <UrgentNotice urgent={saved.urgent} />
      {saved.screenedOut && (
        <Notice tone="info" title="Referred under another policy">
          The report is recorded and closed: it belongs under another policy. It is counted apart in the reports.
        </Notice>
      )}
      {saved.restricted && (
        <Notice tone="info" title="Restricted case">
          A member of staff or a contractor is the victim, so the case is restricted. Others must give a reason to open it; it stays open to you for now.
        </Notice>
      )}
      {saved.urgent.some((u) => u.ruleId === 'emergency-steps') && <EmergencyStepsForm caseId={saved.id} />}
      {!saved.screenedOut && <EqualityStep caseId={saved.id} />}
      <div className="button-row">
        <a className="button" href={caseHref(saved.id)}>
          Open case {saved.ref}
        </a>
        <a
          className="button button--secondary"
          href={REPORT_HREF}
          onClick={(e) => {
            e.preventDefault();
            onAnother();
          }}
        >
          Report another incident
        </a>
      </div>
    </>
  );
}
