import { COST_KINDS, type CostKind } from '../../../../../shared/domain/vocabulary';
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

/** A cost of the case, monitored under P7.2; typed in pounds (12.50), kept in pence. */
export function CostForm({ view, onDone, onCancel }: EntryProps) {
  const form = useForm('cost', { kind: '' as CostKind | '', amount: '', incurredOn: londonToday(), description: '' });
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
    void submit.run('cost:add', { caseId: view.header.id, kind: v.kind as CostKind, amountPence: poundsToPence(v.amount)!, incurredOn: toIsoDate(v.incurredOn)!, description: v.description.trim() },
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
    </EntryForm>
  );
}
