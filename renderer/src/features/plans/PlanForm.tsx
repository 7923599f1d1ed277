import { type FormEvent, useState } from 'react';
import { Button } from '../../ui/Button';
import { ErrorSummary, type FormProblem } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/TextField';
import { useFocusOnShow } from '../../hooks/useFocusOnShow';
import { useForm } from '../../hooks/useForm';
import { useChange } from '../../hooks/useChange';
import { ActionsEditor } from './ActionsEditor';
import { type ActionRow, actionProblems, type Plan, planFieldErrors, startValues, toPlanInput } from './planValues';
import { TextAreaField } from '../../ui/TextAreaField';

interface Props {
  caseId: number;
  current: Plan | null;
  onSaved: (version: number) => void;
  onCancel: () => void;
}

/** A new version of the action plan (P4.10–4.11). Each save is a new version; earlier ones stay as they were. */
export function PlanForm({ caseId, current, onSaved, onCancel }: Props) {
  const [initial] = useState(() => startValues(current));
  const form = useForm('plan', initial);
  const [rowProblems, setRowProblems] = useState<FormProblem[]>([]);
  const submit = useChange();
  const heading = useFocusOnShow<HTMLHeadingElement>('plan-form');
  const title = current ? `New version of the plan (version ${current.version + 1})` : 'Record the action plan';

  const changeActions = (actions: ActionRow[]) => {
    form.set({ actions });
    // A row's problem goes once it is put right; the others stay until the next save.
    const still = new Set(actionProblems(actions, form.values.summary).map((p) => p.field));
    setRowProblems((old) => old.filter((p) => still.has(p.field)));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const rows = actionProblems(form.values.actions, form.values.summary);
    setRowProblems(rows);
    if (!form.check(planFieldErrors) || rows.length) return;
    void submit.run('plan:save', toPlanInput(caseId, form.values), (saved) => onSaved(saved.version));
  };

  return (
    <form className="form form--wide plan-form" noValidate onSubmit={onSubmit} aria-labelledby="plan-form-heading">
      <h3 id="plan-form-heading" ref={heading} tabIndex={-1}>{title}</h3>
      <ErrorSummary id="plan-problems" problems={[...form.problems(submit.error), ...rowProblems]} focusKey={form.attempts} revealKey={submit.error} />
      <TextField
        label="When was it agreed?"
        hint="London time. Leave it empty to keep this version as a draft until it is agreed."
        type="datetime-local"
        width="short"
        {...form.field('agreedAt')}
      />
      <TextField label="Agreed with" hint="Who agreed the plan, for example the complainant by name." {...form.field('agreedWith')} autoComplete="off" />
      <TextField
        label="Contact the complainant every (days)"
        hint="From 1 to 90. Leave it empty to use the service standard's interval."
        inputMode="numeric"
        width="short"
        {...form.field('contactIntervalDays')}
      />
      <TextAreaField label="Summary" hint="What the plan sets out to achieve." {...form.field('summary')} />
      <ActionsEditor actions={form.values.actions} onChange={changeActions} errors={Object.fromEntries(rowProblems.map((p) => [p.field, p.message]))} />
      <div className="button-row">
        <Button type="submit" busy={submit.busy} busyLabel="Saving…">
          Save this version
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
