import { formatDate } from '../../../../shared/format/dates';
import { ActionDoneBox } from './ActionDoneBox';
import type { Plan } from './planValues';

/** The current version's actions: what, who, by when, and a Done box each. */
export function PlanActionsTable({ plan, onChanged }: { plan: Plan; onChanged: () => void }) {
  if (plan.actions.length === 0) return <p className="secondary-text">This version has no actions.</p>;
  const done = plan.actions.filter((a) => a.doneAt).length;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>
          Actions ({done} of {plan.actions.length} done)
        </caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">Who</th>
            <th scope="col">By</th>
            <th scope="col">Done</th>
          </tr>
        </thead>
        <tbody>
          {plan.actions.map((a) => (
            <tr key={a.id} className={a.doneAt ? 'plan-action plan-action--done' : 'plan-action'}>
              <th scope="row">{a.what}</th>
              <td>{a.who}</td>
              <td className="nowrap">{a.byDate ? formatDate(`${a.byDate}T12:00:00Z`) : <span className="secondary-text">—</span>}</td>
              <td className="nowrap">
                <ActionDoneBox key={a.doneAt ?? 'open'} action={a} onChanged={onChanged} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
