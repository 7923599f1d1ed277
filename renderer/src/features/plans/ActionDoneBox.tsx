import { useState } from 'react';
import { formatDate } from '../../../../shared/time/format';
import { useChange } from '../../hooks/useChange';
import { CheckboxField } from '../../ui/CheckboxField';
import type { Plan } from './planValues';

type PlanAction = Plan['actions'][number];

interface Props {
  caseId: number;
  action: PlanAction;
}

/**
 * "Done" for one action: ticking records it as done now; unticking clears it. The box follows the click
 * at once and goes back if main refuses. (The table keys it by its done time, so fresh data remounts it.)
 */
export function ActionDoneBox({ caseId, action }: Props) {
  const submit = useChange({ caseId });
  const [checked, setChecked] = useState(action.doneAt !== null);
  const id = `action-done-${action.id}`;
  const toggle = (done: boolean) => {
    setChecked(done);
    void submit.run('plan:actionDone', { actionId: action.id, doneAt: done ? new Date().toISOString() : null }).then((result) => {
      if (result && !result.ok) setChecked(!done);
    });
  };
  return (
    <>
      <CheckboxField
        id={id}
        compact
        checked={checked}
        disabled={submit.busy}
        onChange={toggle}
        label={
          <>
            {checked && action.doneAt ? `Done ${formatDate(action.doneAt)}` : 'Done'}
            <span className="visually-hidden"> for “{action.what}”</span>
          </>
        }
      />
      {submit.error && (
        <p className="row-error" role="alert">
          {submit.error}
        </p>
      )}
    </>
  );
}
