import { formatDate } from '../../../../shared/time/format';
import { DataTable } from '../../ui/DataTable';
import { ActionDoneBox } from './ActionDoneBox';
import type { Plan } from './planValues';

/** The current version's actions: what, who, by when, and a Done box each. */
export function PlanActionsTable({ caseId, plan }: { caseId: number; plan: Plan }) {
  if (plan.actions.length === 0) return <p className="secondary-text">This version has no actions.</p>;
  const done = plan.actions.filter((a) => a.doneAt).length;
  return (
    <DataTable
      caption={`Actions (${done} of ${plan.actions.length} done)`}
      rows={plan.actions}
      rowKey={(a) => a.id}
      rowProps={(a) => ({ className: a.doneAt ? 'plan-action plan-action--done' : 'plan-action' })}
      columns={[
        { header: 'What', rowHeader: true, cell: (a) => a.what },
        { header: 'Who', cell: (a) => a.who },
        { header: 'By', className: 'nowrap', cell: (a) => (a.byDate ? formatDate(`${a.byDate}T12:00:00Z`) : <span className="secondary-text">—</span>) },
        { header: 'Done', className: 'nowrap', cell: (a) => <ActionDoneBox key={a.doneAt ?? 'open'} caseId={caseId} action={a} /> },
      ]}
    />
  );
}
