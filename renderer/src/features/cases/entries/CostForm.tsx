import { useQuery } from '@tanstack/react-query';
import { COST_KINDS, type CostKind } from '../../../../../shared/domain/vocabulary';
import { hearthQuery } from '../../../api/queries';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useForm } from '../../../hooks/useForm';
import { useChange } from '../../../hooks/useChange';
import { RadioGroup } from '../../../ui/RadioGroup';
import { londonToday, toIsoDate } from '../../../../../shared/time/input';
import { poundsToPence } from '../format/money';
import { EntryForm } from '../../../ui/EntryForm';
import type { EntryProps } from './entryProps';
import { DateField } from '../../../ui/DateField';
import { dateProblem } from '../../../ui/forms/dates';

/** A cost of the case, monitored under P7.2; typed in pounds (12.50), kept in pence; optionally one action's (a court fee). */
export function CostForm({ view, onDone, onCancel }: EntryProps) {
  const form = useForm('cost', { kind: '' as CostKind | '', amount: '', incurredOn: londonToday(), description: '', actionId: '' });
  const actions = useQuery(hearthQuery('action:list', { caseId: view.header.id }));
  const submit = useChange();
  const v = form.values;
  const save = () => {
    const ok = form.check((x) => ({
      kind: x.kind ? null : 'Choose the kind of cost.',
      amount: !x.amount.trim() ? 'Enter the amount in pounds.' : poundsToPence(x.amount) === null ? 'Enter the amount in pounds and pence, such as 12.50.' : null,
      incurredOn: dateProblem(x.incurredOn, 'the date of the cost'),
      description: x.description.trim() ? null : 'Say what the cost was for.',
    }));
    if (!ok) return;
    void submit.run('cost:add', { caseId: view.header.id, kind: v.kind as CostKind, amountPence: poundsToPence(v.amount)!, incurredOn: toIsoDate(v.incurredOn)!, description: v.description.trim(), actionId: v.actionId ? Number(v.actionId) : null },
      () => onDone('The cost was added to the chronology.'),
    );
  };
  return (
    <EntryForm id="add-cost" title="Add a cost" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save the cost" onSubmit={save} onCancel={onCancel}>
      <RadioGroup id={form.id('kind')} legend="Kind of cost" options={COST_KINDS} value={v.kind} onChange={(kind) => form.set({ kind })} error={form.errors.kind} />
      <div className="field-grid">
        <TextField label="Amount (£)" hint="For example 12.50." width="short" inputMode="decimal" {...form.field('amount')} autoComplete="off" />
        <DateField label="Date" {...form.field('incurredOn')} />
      </div>
      <TextField label="What it was for" {...form.field('description')} autoComplete="off" />
      {(actions.data?.actions.length ?? 0) > 0 && (
        <SelectField
          id={form.id('actionId')}
          label="For an action (optional)"
          hint="A court fee or a solicitor’s bill for one of the case’s actions. It still counts in the case’s costs."
          value={v.actionId}
          onChange={(actionId) => form.set({ actionId })}
          options={[{ value: '', label: 'The case as a whole' }, ...(actions.data?.actions ?? []).map((a) => ({ value: String(a.id), label: a.subjectName ? `${a.label} — ${a.subjectName}` : a.label }))]}
        />
      )}
    </EntryForm>
  );
}
