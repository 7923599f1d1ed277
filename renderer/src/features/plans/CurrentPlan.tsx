import { formatDateTime } from '../../../../shared/time/format';
import { IssuePlan } from './IssuePlan';
import { PlanActionsTable } from './PlanActionsTable';
import type { Plan } from './planValues';

interface Props {
  caseId: number;
  plan: Plan;
  onDone: (message?: string) => void;
}

/** The plan in force: when and with whom it was agreed, the contact interval, its actions. */
export function CurrentPlan({ caseId, plan, onDone }: Props) {
  return (
    <div className="current-plan">
      <h3>
        Version {plan.version}{' '}
        {plan.agreedAt ? <span className="tag tag--success">Agreed</span> : <span className="tag tag--warning">Draft: not agreed yet</span>}
      </h3>
      <dl className="definition-list">
        <dt>Agreed</dt>
        <dd>{plan.agreedAt ? `${formatDateTime(plan.agreedAt)}${plan.agreedWith ? ` with ${plan.agreedWith}` : ''}` : 'Not yet'}</dd>
        <dt>Contact</dt>
        <dd>{plan.contactIntervalDays ? `Every ${plan.contactIntervalDays} day${plan.contactIntervalDays === 1 ? '' : 's'} (set by this plan)` : 'As the service standard sets'}</dd>
        <dt>Recorded</dt>
        <dd>
          {formatDateTime(plan.createdAt)} by {plan.createdBy}
        </dd>
        {plan.summary && (
          <>
            <dt>Summary</dt>
            <dd className="pre-wrap">{plan.summary}</dd>
          </>
        )}
      </dl>
      <PlanActionsTable caseId={caseId} plan={plan} />
      <IssuePlan caseId={caseId} plan={plan} onIssued={onDone} />
    </div>
  );
}
