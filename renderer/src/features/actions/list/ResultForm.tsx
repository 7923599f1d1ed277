import { APPENDIX_1_OFFENCES, COSTS_PAYERS, POLICE_OUTCOMES } from '../../../../../shared/domain/policy-measures';
import type { ActionView } from '../../../../../shared/schemas/actions';
import { fromIsoDate, londonToday, toIsoDate } from '../../../../../shared/time/input';
import { useChange } from '../../../hooks/useChange';
import { useForm } from '../../../hooks/useForm';
import { DateField } from '../../../ui/DateField';
import { EntryForm } from '../../../ui/EntryForm';
import { dateProblem } from '../../../ui/forms/dates';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { actionName, isCourtKind } from '../labels';

const penceOf = (text: string): number | null => {
  const t = text.trim().replace(/^£/, '').replace(/,/g, '');
  return /^\d+(\.\d{1,2})?$/.test(t) ? Math.round(Number(t) * 100) : null;
};
const poundsOf = (pence: number | null) => (pence === null ? '' : (pence / 100).toFixed(2));
const choose = (items: readonly { code: string; label: string }[], none: string) => [{ value: '', label: none }, ...items.map((i) => ({ value: i.code, label: i.label }))];

/** P5.10, P5.17–5.20: what the action came to (damages, a costs order; for the police, the offence and outcome). */
export function ResultForm({ action, onSaved, onCancel }: { action: ActionView; onSaved: (message: string) => void; onCancel: () => void }) {
  const r = action.result;
  const prefix = `result-${action.id}`;
  const police = action.kind === 'police-measure';
  const form = useForm(prefix, {
    decidedOn: r ? fromIsoDate(r.decidedOn) : londonToday(),
    damages: poundsOf(r?.damagesPence ?? null),
    costs: poundsOf(r?.costsPence ?? null),
    costsPayer: r?.costsPayer ?? '',
    offence: r?.offence ?? '',
    policeOutcome: r?.policeOutcome ?? '',
    notes: r?.notes ?? '',
  });
  const submit = useChange({ caseId: action.caseId });
  const v = form.values;
  const save = () => {
    const ok = form.check((x) => ({
      decidedOn: dateProblem(x.decidedOn, 'the date of the result'),
      damages: x.damages.trim() && penceOf(x.damages) === null ? 'Enter the damages in pounds and pence, such as 1500.00.' : null,
      costs: x.costs.trim() && penceOf(x.costs) === null ? 'Enter the costs in pounds and pence.' : x.costs.trim() && !x.costsPayer ? null : null,
      costsPayer: x.costs.trim() && !x.costsPayer ? 'Say who pays the costs.' : !x.costs.trim() && x.costsPayer ? 'Enter the amount of the costs order.' : null,
      policeOutcome: police && !x.policeOutcome ? 'Choose what came of the police measure.' : null,
    }));
    if (!ok) return;
    const input = {
      actionId: action.id,
      decidedOn: toIsoDate(v.decidedOn)!,
      damagesPence: v.damages.trim() ? penceOf(v.damages) : null,
      costsPence: v.costs.trim() ? penceOf(v.costs) : null,
      costsPayer: v.costsPayer ? (v.costsPayer as 'respondent' | 'partner') : null,
      offence: police && v.offence ? (v.offence as never) : null,
      policeOutcome: police && v.policeOutcome ? (v.policeOutcome as never) : null,
      notes: v.notes.trim(),
    };
    void submit.run('action:recordResult', input, () => onSaved(`The result of the ${actionName(action.label)} was recorded.`));
  };
  return (
    <EntryForm id={prefix} title={`Result of the ${actionName(action.label)}`} problems={form.problems(submit.error)} focusKey={form.attempts} serverError={submit.error} busy={submit.busy} saveLabel="Save the result" onSubmit={save} onCancel={onCancel}>
      <DateField label="Date of the decision or outcome" {...form.field('decidedOn')} />
      {police && (
        <div className="field-grid">
          <SelectField id={form.id('offence')} label="Offence (the policy’s Appendix 1)" value={v.offence} onChange={(offence) => form.set({ offence })} options={choose(APPENDIX_1_OFFENCES, 'Not known')} />
          <SelectField id={form.id('policeOutcome')} label="Outcome" value={v.policeOutcome} onChange={(policeOutcome) => form.set({ policeOutcome })} options={choose(POLICE_OUTCOMES, 'Choose…')} error={form.errors.policeOutcome} />
        </div>
      )}
      {isCourtKind(action.kind) && <TextField label="Damages awarded to the victim (£, optional)" width="short" inputMode="decimal" autoComplete="off" {...form.field('damages')} />}
      <div className="field-grid">
        <TextField label="Costs order (£, optional)" width="short" inputMode="decimal" autoComplete="off" {...form.field('costs')} />
        <SelectField id={form.id('costsPayer')} label="Who pays the costs" value={v.costsPayer} onChange={(costsPayer) => form.set({ costsPayer })} options={choose(COSTS_PAYERS, 'No costs order')} error={form.errors.costsPayer} />
      </div>
      <TextField label="Notes (optional)" autoComplete="off" {...form.field('notes')} />
    </EntryForm>
  );
}
