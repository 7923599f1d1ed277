import { useState } from 'react';
import { unansweredFlags } from '../../../../../shared/actions/guards';
import type { ActionView, GuardReport } from '../../../../../shared/schemas/actions';
import { hearth } from '../../../api/hearth';
import { useSubmit } from '../../../hooks/useSubmit';
import type { ActionRequest } from '../form/draft';

/**
 * Recording an action: main's action:check first (the authority); a block or an unanswered flag stops
 * here with its reason on screen; otherwise action:create, which checks the same guards again.
 */
export function useRecordAction(accept: (report: GuardReport) => void, onSaved: (action: ActionView) => void) {
  const submit = useSubmit();
  /** Set once Record was pressed: from then on the guards' blocks are listed in the error summary. */
  const [tried, setTried] = useState(false);
  /** Changes each time the guards stop a Record, so the error summary takes focus. */
  const [stops, setStops] = useState(0);

  const record = (request: ActionRequest) => {
    setTried(true);
    void submit.run(
      () => hearth.action.check(request),
      (report) => {
        accept(report);
        if (report.blocks.length || unansweredFlags(report, request.acknowledgements ?? {}).length) {
          setStops((n) => n + 1);
          return;
        }
        void submit.run(() => hearth.action.create(request), onSaved);
      },
    );
  };
  return { busy: submit.busy, error: submit.error, tried, stops, record };
}
