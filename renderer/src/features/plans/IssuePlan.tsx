import { type FormEvent, useState } from 'react';
import { formatDateTime } from '../../../../shared/time/format';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useChange } from '../../hooks/useChange';
import { fromLondonInput, toLondonInput } from '../../../../shared/time/input';
import { DateTimeField } from '../../ui/DateField';
import { dateTimeProblem } from '../../ui/forms/dates';
import type { Plan } from './planValues';

interface Props {
  caseId: number;
  plan: Plan;
  onIssued: (message: string) => void;
}

/** P4.11: an updated plan (version 2 on) is sent to the complainant; this records when. */
export function IssuePlan({ caseId, plan, onIssued }: Props) {
  const [open, setOpen] = useState(false);
  const [when, setWhen] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = useChange();
  if (plan.version < 2) return null;
  if (plan.issuedAt)
    return (
      <p className="plan-issued">
        <span aria-hidden="true">✓ </span>Sent to the complainant on {formatDateTime(plan.issuedAt)}.
      </p>
    );
  if (!open)
    return (
      <Notice tone="warning" title="Not sent yet">
        <p>This updated plan has not been sent to the complainant.</p>
        <Button
          variant="secondary"
          onClick={() => {
            setWhen(toLondonInput(new Date()));
            setOpen(true);
          }}
        >
          Mark as sent to the complainant…
        </Button>
      </Notice>
    );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = dateTimeProblem(when, 'The time it was sent', 'it was sent');
    setProblem(found);
    if (found) return;
    void submit.run('plan:issue', { caseId, planId: plan.id, at: fromLondonInput(when)! }, () => onIssued(`Version ${plan.version} of the plan is recorded as sent to the complainant.`));
  };
  return (
    <form className="form plan-issue" noValidate onSubmit={onSubmit}>
      <DateTimeField id="plan-issued-at" label="When was it sent?" value={when} onChange={setWhen} error={problem ?? submit.error} autoFocus />
      <div className="button-row">
        <Button type="submit" busy={submit.busy} busyLabel="Saving…">
          Record as sent
        </Button>
        <Button variant="secondary" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
