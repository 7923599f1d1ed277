import { useState } from 'react';
import { unansweredFlags } from '../../../../../shared/actions/guards';
import type { ActionView, GuardReport } from '../../../../../shared/schemas/actions';
import { useChange } from '../../../hooks/useChange';
import type { ActionRequest } from '../form/draft';

/**
 * Recording an action: main's action:check first (the authority); a block or an unanswered flag stops
 * here with its reason on screen; otherwise action:create (or, editing an injunction, action:edit),
 * which checks the same guards again.
 */
export function useRecordAction(accept: (report: GuardReport) => void, onSaved: (action: ActionView) => void, editing: number | null = null) {
  const check = useChange();
  const create = useChange();
  /** Set once Record was pressed: from then on the guards' blocks are listed in the error summary. */
  const [tried, setTried] = useState(false);
  /** Changes each time the guards stop a Record, so the error summary takes focus. */
  const [stops, setStops] = useState(0);

  const record = async (request: ActionRequest) => {
    setTried(true);
    const checked = await check.run('action:check', request);
    if (!checked?.ok) return;
    accept(checked.value);
    if (checked.value.blocks.length || unansweredFlags(checked.value, request.acknowledgements ?? {}).length) {
      setStops((n) => n + 1);
      return;
    }
    // Editing a recorded injunction (issue 15): the same check, then a new version of the same action.
    if (editing !== null) {
      const { caseId: _case, ...rest } = request;
      await create.run('action:edit', { ...rest, actionId: editing }, onSaved);
    } else await create.run('action:create', request, onSaved);
  };
  return { busy: check.busy || create.busy, error: check.error ?? create.error, tried, stops, record };
}
