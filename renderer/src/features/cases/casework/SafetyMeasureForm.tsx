import { SAFETY_MEASURE_KINDS, SAFETY_STATUSES, type SafetyMeasureKind, type SafetyStatus } from '../../../../../shared/domain/policy-measures';
import { londonToday, toIsoDate } from '../../../../../shared/time/input';
import { useChange } from '../../../hooks/useChange';
import { useForm } from '../../../hooks/useForm';
import { DateField } from '../../../ui/DateField';
import { EntryForm } from '../../../ui/EntryForm';
import { dateProblem } from '../../../ui/forms/dates';
import { RadioGroup } from '../../../ui/RadioGroup';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { partyIdOf, PartySelect } from '../../parties';
import { poundsToPence } from '../format/money';
import type { EntryProps } from '../entries/entryProps';

/** P3.17: a safety or target-hardening measure offered or fitted, with the crime-prevention liaison and its cost. */
export function SafetyMeasureForm({ view, onDone, onCancel }: EntryProps) {
  const form = useForm('safety-measure', { partyId: '', kind: '' as SafetyMeasureKind | '', status: '' as SafetyStatus | '', on: londonToday(), cost: '', provider: '', liaison: '', notes: '' });
  const submit = useChange();
  const v = form.values;
  const save = () => {
    const ok = form.check((x) => ({
      kind: x.kind ? null : 'Choose the measure.',
      status: x.status ? null : 'Say whether it was offered, fitted or declined.',
      on: dateProblem(x.on, 'the date'),
      cost: x.cost.trim() && poundsToPence(x.cost) === null ? 'Enter the cost in pounds and pence, such as 185.00.' : null,
    }));
    if (!ok) return;
    const input = { caseId: view.header.id, partyId: partyIdOf(v.partyId), kind: v.kind as SafetyMeasureKind, status: v.status as SafetyStatus, on: toIsoDate(v.on)!, costPence: v.cost.trim() ? poundsToPence(v.cost)! : 0, provider: v.provider.trim(), liaison: v.liaison.trim(), notes: v.notes.trim() };
    void submit.run('safety:add', input, () => onDone('The safety measure was added to the chronology.'));
  };
  return (
    <EntryForm id="add-safety" title="Add a safety measure" problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save the safety measure" onSubmit={save} onCancel={onCancel}>
      <div className="field-grid">
        <SelectField id={form.id('kind')} label="Measure" value={v.kind} onChange={(kind) => form.set({ kind: kind as SafetyMeasureKind })} options={[{ value: '', label: 'Choose…' }, ...SAFETY_MEASURE_KINDS.map((k) => ({ value: k.code, label: k.label }))]} error={form.errors.kind} />
        <PartySelect id={form.id('partyId')} label="For whom" parties={view.parties} value={v.partyId} onChange={(partyId) => form.set({ partyId })} none="The household" />
      </div>
      <RadioGroup id={form.id('status')} legend="Offered, fitted or declined?" inline options={SAFETY_STATUSES} value={v.status} onChange={(status) => form.set({ status })} error={form.errors.status} />
      <div className="field-grid">
        <DateField label="Date" {...form.field('on')} />
        <TextField label="Cost (£, optional)" hint="Fitted measures count in the costs report." width="short" inputMode="decimal" autoComplete="off" {...form.field('cost')} />
      </div>
      <div className="field-grid">
        <TextField label="Fitted or provided by (optional)" autoComplete="off" {...form.field('provider')} />
        <TextField label="Crime prevention liaison (optional)" hint="Who at the police or crime prevention service advised (Policy 3.17)." autoComplete="off" {...form.field('liaison')} />
      </div>
      <TextField label="Notes (optional)" autoComplete="off" {...form.field('notes')} />
    </EntryForm>
  );
}
