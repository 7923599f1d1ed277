import { type FormEvent, useState } from 'react';
import { useChange } from '../../hooks/useChange';
import { useFieldErrors } from '../../hooks/useFieldErrors';
import { useFocusOnShow } from '../../hooks/useFocusOnShow';
import { useDraft } from '../../hooks/useDraft';
import { DraftOffer } from '../../ui/DraftOffer';
import { Button } from '../../ui/Button';
import { DateTimeField } from '../../ui/DateField';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { ActionsEditor } from './ActionsEditor';
import { type ActionRow, fieldId, type Plan, planProblems, type PlanValues, startValues, toPlanInput } from './planValues';

interface Props {
  caseId: number;
  current: Plan | null;
  onSaved: (version: number) => void;
  onCancel: () => void;
}

/**
 * A new version of the action plan (P4.10–4.11). Each save is a new version; earlier ones stay as they
 * were. What is wrong with it is what the plan's shared schema says (planValues.ts), beside each field.
 */
export function PlanForm({ caseId, current, onSaved, onCancel }: Props) {
  const [values, setValues] = useState<PlanValues>(() => startValues(current));
  const errors = useFieldErrors();
  const submit = useChange();
  const heading = useFocusOnShow<HTMLHeadingElement>('plan-form');
  const kept = useDraft({ form: 'plan', caseId, values, restore: setValues, label: 'action plan' });
  const title = current ? `New version of the plan (version ${current.version + 1})` : 'Record the action plan';

  const set = (change: Partial<Omit<PlanValues, 'actions'>>) => {
    setValues((v) => ({ ...v, ...change }));
    errors.clear(...Object.keys(change).map((k) => fieldId(k as keyof typeof change)));
  };
  const changeActions = (actions: ActionRow[]) => {
    setValues((v) => ({ ...v, actions }));
    // A row's problem goes once it is put right; the others stay until the next save.
    const still = planProblems(caseId, { ...values, actions });
    errors.clear(...Object.keys(errors.errors).filter((id) => id.startsWith('plan-action-') && !still[id]));
  };
  const text = (key: 'agreedAt' | 'agreedWith' | 'contactIntervalDays' | 'summary') => ({ id: fieldId(key), value: values[key], onChange: (value: string) => set({ [key]: value }), error: errors.errors[fieldId(key)] });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!errors.check(planProblems(caseId, values))) return;
    void submit.run('plan:save', toPlanInput(caseId, values), (saved) => {
      kept.submitted();
      onSaved(saved.version);
    });
  };

  return (
    <form className="form form--wide plan-form" noValidate onSubmit={onSubmit} aria-labelledby="plan-form-heading">
      <h3 id="plan-form-heading" ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <DraftOffer what="action plan" draft={kept} />
      <ErrorSummary id="plan-problems" problems={errors.problems(submit.error)} focusKey={errors.attempts} revealKey={submit.error} />
      <DateTimeField label="When was it agreed?" hint="Like 21/11/2026 14:30, London time. Leave it empty to keep this version as a draft until it is agreed." {...text('agreedAt')} />
      <TextField label="Agreed with" hint="Who agreed the plan, for example the complainant by name." {...text('agreedWith')} autoComplete="off" />
      <TextField label="Contact the complainant every (days)" hint="From 1 to 90. Leave it empty to use the service standard's interval." inputMode="numeric" width="short" {...text('contactIntervalDays')} />
      <TextAreaField label="Summary" hint="What the plan sets out to achieve." {...text('summary')} />
      <ActionsEditor actions={values.actions} onChange={changeActions} errors={errors.errors} />
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
